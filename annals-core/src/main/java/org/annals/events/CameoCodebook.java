package org.annals.events;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.annals.data.TabularResource;

/** The CAMEO event codebook with GDELT Goldstein scores. Immutable and thread-safe. */
public final class CameoCodebook {
    private static final String RESOURCE = "/org/annals/events/cameo-codes.tsv";

    private final Map<String, CameoCode> codes;

    CameoCodebook(Map<String, CameoCode> codes) {
        this.codes = Map.copyOf(codes);
    }

    /** The codebook shipped with Annals ({@code docs/data.md} describes the file). */
    public static CameoCodebook loadBuiltIn() {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (TabularResource.Row row : TabularResource.read(RESOURCE)) {
            row.require(3);
            try {
                codes.put(row.column(0), new CameoCode(row.column(0), row.column(2), Double.parseDouble(row.column(1))));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(row.where() + ": " + e.getMessage(), e);
            }
        }
        return new CameoCodebook(codes);
    }

    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /** The code, or an exception naming it: patterns must only use codes of the codebook. */
    public CameoCode get(String code) {
        CameoCode found = codes.get(code);
        if (found == null) {
            throw new IllegalArgumentException("'" + code + "' is not a CAMEO code");
        }
        return found;
    }

    public Collection<CameoCode> all() {
        return codes.values();
    }
}
