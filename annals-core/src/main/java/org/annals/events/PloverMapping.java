package org.annals.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annals.data.TabularResource;
import org.annals.model.Event;
import org.annals.model.Modality;

/**
 * Maps CAMEO codes to PLOVER's event type, mode and context ({@code events/plover.tsv}, described in
 * {@code docs/data.md}): the longest prefix of the code with a row decides. An event's modality adds PLOVER's
 * auxiliary contexts ({@code negation}, {@code future}, {@code historical}, {@code hypothetical},
 * {@code reported}). Immutable and thread-safe.
 */
public final class PloverMapping {
    private static final String RESOURCE = "/org/annals/events/plover.tsv";

    /**
     * A PLOVER coding.
     *
     * @param type     one of PLOVER's 16 event types; empty for CAMEO's neutral statements (root 01)
     * @param mode     how, where PLOVER distinguishes it ("visit", "demo", "deport"); may be empty
     * @param contexts why, or the auxiliary mode ("diplomatic", "economic", "negation"...)
     */
    public record Plover(String type, String mode, Set<String> contexts) {
        public Plover {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(mode, "mode");
            contexts = Set.copyOf(contexts);
        }
    }

    private record Row(String type, String mode, String context) {
    }

    private final Map<String, Row> rows;

    private PloverMapping(Map<String, Row> rows) {
        this.rows = Map.copyOf(rows);
    }

    /** The mapping shipped with Annals. */
    public static PloverMapping loadBuiltIn() {
        Map<String, Row> rows = new HashMap<>();
        for (TabularResource.Row row : TabularResource.read(RESOURCE)) {
            if (!row.column(0).matches("\\d{2,4}")) {
                throw new IllegalStateException(row.where() + ": expected cameo, type, mode, context");
            }
            rows.put(row.column(0), new Row(row.column(1), row.column(2), row.column(3)));
        }
        return new PloverMapping(rows);
    }

    /** The PLOVER coding of a CAMEO code, without auxiliary contexts. */
    public Optional<Plover> of(String cameo) {
        for (int length = cameo.length(); length >= 2; length--) {
            Row row = rows.get(cameo.substring(0, length));
            if (row != null) {
                return Optional.of(new Plover(row.type(), row.mode(), row.context().isEmpty() ? Set.of() : Set.of(row.context())));
            }
        }
        return Optional.empty();
    }

    /**
     * Where the event says more than its code: PLOVER counts expelling diplomats (174 aimed at a government) as
     * SANCTION/expel in a diplomatic context, and only other deportations as COERCE/deport.
     */
    private static Plover refine(Plover p, Event event) {
        boolean diplomats = event.code().startsWith("174")
                && event.target().map(t -> t.code().endsWith("GOV")).orElse(false);
        return diplomats ? new Plover("SANCTION", "expel", Set.of("diplomatic")) : p;
    }

    /** The PLOVER coding of an event: its code's, refined by its actors, plus the auxiliary contexts its modality gives. */
    public Optional<Plover> of(Event event) {
        return of(event.code()).map(p -> refine(p, event)).map(p -> {
            java.util.Set<String> contexts = new java.util.TreeSet<>(p.contexts());
            if (event.modality().contains(Modality.NEGATED)) {
                contexts.add("negation");
            }
            if (event.modality().contains(Modality.FUTURE)) {
                contexts.add("future");
            }
            if (event.modality().contains(Modality.HISTORICAL)) {
                contexts.add("historical");
            }
            if (event.modality().contains(Modality.HYPOTHETICAL)) {
                contexts.add("hypothetical");
            }
            if (event.modality().contains(Modality.REPORTED)) {
                contexts.add("reported");
            }
            return new Plover(p.type(), p.mode(), contexts);
        });
    }
}
