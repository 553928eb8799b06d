package org.annals.eval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.model.Span;

/**
 * Scores the actors of coded events against sentences labelled with their source and target mentions
 * (ConfliBERT's {@code cameo_ner}). Only sentences with both a source and a target span are scored; in them every
 * asserted event counts. An event's source is right when its actor's characters overlap a gold source span, its
 * target likewise with a target span; it has its sides swapped when the source sits on a target span and the
 * target on a source span. A pronoun the actor stage resolved ("it", "they") is on a span when a mention of the same
 * registry entry with the same code, named in the sentence, is: the gold marks the name, Annals codes the pronoun
 * that stands for it. This measures the right actor mention, a proxy for the right country: the gold has spans,
 * not codes ({@code docs/evaluation.md}). Not thread-safe.
 */
public final class ActorScoreboard {
    private int sentences;
    private int scored;
    private int coded;
    private int events;
    private int sourceRight;
    private int targetRight;
    private int bothRight;
    private int swapped;
    private int targetMissing;

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them", "his", "its",
            "their", "we", "us", "our", "i", "me", "my");

    /** Scores the events coded from one sentence, with no other mentions to resolve pronouns by. */
    public void add(ActorSentence gold, List<Event> coded) {
        add(gold, coded, List.of());
    }

    /** Scores the events coded from one sentence; {@code mentions} are all the actor mentions coded in it. */
    public void add(ActorSentence gold, List<Event> coded, List<Actor> mentions) {
        sentences++;
        if (!gold.hasSourceAndTarget()) {
            return;
        }
        scored++;
        List<Event> asserted = coded.stream().filter(Event::isAsserted).toList();
        this.coded += asserted.isEmpty() ? 0 : 1;
        for (Event e : asserted) {
            events++;
            Optional<Actor> target = e.target();
            boolean source = onAny(e.source(), gold.sources(), mentions);
            boolean targetOk = target.map(t -> onAny(t, gold.targets(), mentions)).orElse(false);
            sourceRight += source ? 1 : 0;
            targetRight += targetOk ? 1 : 0;
            bothRight += source && targetOk ? 1 : 0;
            swapped += onAny(e.source(), gold.targets(), mentions)
                    && target.map(t -> onAny(t, gold.sources(), mentions)).orElse(false) ? 1 : 0;
            targetMissing += target.isEmpty() ? 1 : 0;
        }
    }

    private static boolean onAny(Actor actor, List<Span> spans, List<Actor> mentions) {
        if (spans.stream().anyMatch(actor.span()::overlaps)) {
            return true;
        }
        return isPronoun(actor) && mentions.stream().anyMatch(m -> !isPronoun(m) && m.entryId().equals(actor.entryId())
                && m.code().equals(actor.code()) && spans.stream().anyMatch(m.span()::overlaps));
    }

    private static boolean isPronoun(Actor actor) {
        return PRONOUNS.contains(actor.text().toLowerCase(Locale.ROOT));
    }

    /** Sentences read. */
    public int sentences() {
        return sentences;
    }

    /** Sentences with both a source and a target span. */
    public int scored() {
        return scored;
    }

    /** Scored sentences with at least one asserted event. */
    public int coded() {
        return coded;
    }

    /** Asserted events in scored sentences. */
    public int events() {
        return events;
    }

    public int sourceRight() {
        return sourceRight;
    }

    public int targetRight() {
        return targetRight;
    }

    public int bothRight() {
        return bothRight;
    }

    public int swapped() {
        return swapped;
    }

    public int targetMissing() {
        return targetMissing;
    }

    /** Asserted events in scored sentences that name a target. */
    public int withTarget() {
        return events - targetMissing;
    }

    /** {@code count} over events that name a target; 0 when there are none. */
    public double shareWithTarget(int count) {
        return withTarget() == 0 ? 0 : (double) count / withTarget();
    }

    /** {@code count} over events; 0 when there are none. */
    public double share(int count) {
        return events == 0 ? 0 : (double) count / events;
    }

    /** A few lines of counts and shares. */
    public String report() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%d sentences, %d with a source and a target span, %d of those with an asserted event (%d events)%n",
                sentences, scored, coded, events));
        b.append(String.format(Locale.ROOT, "%-16s %6s %7s%n", "events", "count", "share"));
        row(b, "source right", sourceRight);
        row(b, "target right", targetRight);
        row(b, "both right", bothRight);
        row(b, "sides swapped", swapped);
        row(b, "target missing", targetMissing);
        b.append(String.format(Locale.ROOT, "of the %d events that name a target: target right %.3f, both right %.3f%n",
                withTarget(), shareWithTarget(targetRight), shareWithTarget(bothRight)));
        return b.toString();
    }

    private void row(StringBuilder b, String name, int count) {
        b.append(String.format(Locale.ROOT, "%-16s %6d %7.3f%n", name, count, share(count)));
    }
}
