package org.annals.pipeline;

import java.util.List;
import java.util.Objects;
import org.annals.events.PetrarchDiscards;
import org.annals.events.PetrarchVerbs;

/**
 * The event rules a user brings from PETRARCH/TABARI (docs/petrarch.md): verb dictionaries coded beside Annals'
 * patterns, or alone, and discard lists.
 *
 * @param verbs            verb dictionaries, in the order given (an earlier one wins a tie between rules)
 * @param builtInPatterns  whether Annals' own patterns ({@code patterns.txt} and {@code --patterns} files) code
 *                         too; false codes with the dictionaries alone (the PETRARCH compatibility run)
 * @param discards         phrases that leave a sentence (or, with {@code +}, a whole story) uncoded
 */
public record ImportedRules(List<PetrarchVerbs> verbs, boolean builtInPatterns, PetrarchDiscards discards) {
    /** No imported rules: Annals' patterns alone. */
    public static final ImportedRules NONE = new ImportedRules(List.of(), true, PetrarchDiscards.NONE);

    public ImportedRules {
        verbs = List.copyOf(verbs);
        Objects.requireNonNull(discards, "discards");
        if (!builtInPatterns && verbs.isEmpty()) {
            throw new IllegalArgumentException("coding without the built-in patterns needs a PETRARCH verb dictionary");
        }
    }
}
