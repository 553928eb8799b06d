package org.annals.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
        try (InputStream in = CameoCodebook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("codebook " + RESOURCE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length < 3) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected code, goldstein, name");
                }
                codes.put(c[0].strip(), new CameoCode(c[0].strip(), c[2].strip(), Double.parseDouble(c[1].strip())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
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
