package org.annals.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.annals.model.Span;

/**
 * A sentence labelled with the words that name its actors, as in ConfliBERT's {@code cameo_ner} data: the source
 * actor's spans, the target actor's, and the reciprocal ones (both sides of "X and Y met"). Spans are character
 * offsets into {@code text}.
 *
 * @param id         where it came from ({@code file:line} of its first token)
 * @param date       the date to code it at
 * @param text       the sentence rebuilt from its tokens
 * @param sources    the source actor mentions
 * @param targets    the target actor mentions
 * @param reciprocal mentions of actors on both sides
 */
public record ActorSentence(String id, LocalDate date, String text, List<Span> sources, List<Span> targets,
                            List<Span> reciprocal) {
    public ActorSentence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        reciprocal = List.copyOf(reciprocal);
    }

    /** True when the sentence names both a source and a target: only those are scored. */
    public boolean hasSourceAndTarget() {
        return !sources.isEmpty() && !targets.isEmpty();
    }
}
