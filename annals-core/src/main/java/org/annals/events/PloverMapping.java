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
 * {@code docs/data.md}): the longest prefix of the code with a row decides. The words of the event's evidence
 * sentence add contexts and, where the code does not tell it, the mode ({@link PloverText}); an event's modality
 * adds PLOVER's auxiliary contexts ({@code negation}, {@code future}, {@code historical}, {@code hypothetical},
 * {@code reported}). Every event keeps exactly one type, the code's. Immutable and thread-safe.
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
    private final PloverText text;

    private PloverMapping(Map<String, Row> rows, PloverText text) {
        this.rows = Map.copyOf(rows);
        this.text = Objects.requireNonNull(text, "text");
    }

    /** The mapping shipped with Annals, with the word lists shipped with it. */
    public static PloverMapping loadBuiltIn() {
        return loadBuiltIn(PloverText.loadBuiltIn());
    }

    /** The code mapping shipped with Annals, with other word lists (tests, or a user's own). */
    public static PloverMapping loadBuiltIn(PloverText text) {
        Map<String, Row> rows = new HashMap<>();
        for (TabularResource.Row row : TabularResource.read(RESOURCE)) {
            if (!row.column(0).matches("\\d{2,4}")) {
                throw new IllegalStateException(row.where() + ": expected cameo, type, mode, context");
            }
            rows.put(row.column(0), new Row(row.column(1), row.column(2), row.column(3)));
        }
        return new PloverMapping(rows, text);
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

    /** The PLOVER coding of an event from its code, actors and modality alone, without its words. */
    public Optional<Plover> of(Event event) {
        return of(event, "");
    }

    /**
     * The PLOVER coding of an event: its code's, refined by its actors; the contexts the words of its evidence
     * sentence name; the mode they name where the code's row has none or the code is unspecified (a root or an
     * x0 code: 140 "engage in political dissent" says nothing of how); and the auxiliary contexts its modality
     * gives. Only the event's own sentence is read, so a word elsewhere in the article never counts.
     *
     * @param evidence the text of the event's sentence ({@link Event#sentence()})
     */
    public Optional<Plover> of(Event event, String evidence) {
        Objects.requireNonNull(evidence, "evidence");
        return of(event.code()).map(code -> {
            Plover p = refine(code, event);
            String mode = p.mode();
            // a mode the actors gave (expelling diplomats) already says more than the words could
            if (p == code && (mode.isEmpty() || unspecified(event.code()))) {
                mode = text.mode(p.type(), evidence).orElse(mode);
            }
            java.util.Set<String> contexts = new java.util.TreeSet<>(p.contexts());
            contexts.addAll(text.contexts(evidence));
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
            return new Plover(p.type(), mode, contexts);
        });
    }

    /** A root (14) or one of CAMEO's "not specified below" codes (140); four-digit codes are all specific. */
    private static boolean unspecified(String code) {
        return code.length() == 2 || code.length() == 3 && code.endsWith("0");
    }
}
