package org.annals.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annals.model.CodedArticle;
import org.annals.model.Diagnostic;

/**
 * What became of one input record: its coding, if it could be coded, and every diagnostic about it.
 *
 * @param origin      where it was read from
 * @param id          its id
 * @param coded       the coded article; empty when the record could not be read or coded
 * @param stored      whether it was newly stored ({@code false} also when there is no store or it was stored before)
 * @param duplicate   whether the store already held an article with the same content
 * @param diagnostics reading and coding diagnostics together
 */
public record RecordResult(String origin, String id, Optional<CodedArticle> coded, boolean stored, boolean duplicate,
                           List<Diagnostic> diagnostics) {
    public RecordResult {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(coded, "coded");
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when an error diagnostic says some of this input was lost. */
    public boolean failed() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
}
