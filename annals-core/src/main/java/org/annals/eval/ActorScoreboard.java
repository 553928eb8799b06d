package org.annals.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * not codes ({@code docs/evaluation.md}).
 *
 * <p>Beside it, the country reading: a side is right when its mention is, or when its actor's country is the country
 * of an actor Annals coded on the gold span of that side (the gold "Russian authorities in Moscow", the event's
 * "Moscow" as RUS); an event without a target is right on that side when the gold target names no actor at all:
 * no actor coded on it, no capitalised word but the sentence's first, no pronoun (the gold's "the legislation", "a
 * bipartisan deal"). The gold countries are Annals' own reading of the gold words, so an error of the registry on
 * them is shared; the capital-letter rule keeps a name the registry misses from passing for a thing. Not
 * thread-safe.
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
    private int sourceCountryRight;
    private int targetCountryRight;
    private int bothCountriesRight;
    private int bothRightUnknownCountry;
    private int allEvents;
    private int allBothCountriesRight;
    private final List<Miss> misses = new ArrayList<>();

    /**
     * An event of a scored sentence not right on both sides by country: where it came from, the gold words, and what
     * Annals coded ({@code ---} for no target).
     */
    public record Miss(String id, String text, List<String> goldSources, List<String> goldTargets, String code,
                       String rule, String source, String target, boolean sourceRight, boolean targetRight) {
        public Miss {
            goldSources = List.copyOf(goldSources);
            goldTargets = List.copyOf(goldTargets);
        }

        /** Two lines: the sentence, then the event with a mark on each side ({@code +} right, {@code -} wrong). */
        public String describe() {
            return String.format(Locale.ROOT, "%s  %s%n    %s %s%s -> %s%s  (%s)  gold: %s -> %s%n", id, text, code,
                    sourceRight ? "+" : "-", source, targetRight ? "+" : "-", target, rule, goldSources, goldTargets);
        }
    }

    private static final String UNKNOWN = Actor.UNKNOWN_COUNTRY;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them", "his", "its",
            "their", "we", "us", "our", "i", "me", "my");

    /** Scores the events coded from one sentence, with no other mentions to resolve pronouns by. */
    public void add(ActorSentence gold, List<Event> coded) {
        add(gold, coded, List.of());
    }

    /** Scores the events coded from one sentence; {@code mentions} are all the actor mentions coded in it. */
    public void add(ActorSentence gold, List<Event> coded, List<Actor> mentions) {
        sentences++;
        everySentence(gold, coded, mentions);
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
            boolean sourceCountry = onSpanOrCountry(e.source(), gold.sources(), mentions);
            boolean targetCountry = target.map(t -> onSpanOrCountry(t, gold.targets(), mentions))
                    .orElseGet(() -> noTargetIsRight(gold.text(), gold.targets(), mentions));
            sourceCountryRight += sourceCountry ? 1 : 0;
            targetCountryRight += targetCountry ? 1 : 0;
            bothCountriesRight += sourceCountry && targetCountry ? 1 : 0;
            bothRightUnknownCountry += sourceCountry && targetCountry
                    && target.map(t -> t.code().equals(UNKNOWN)).orElse(false) ? 1 : 0;
            if (!sourceCountry || !targetCountry) {
                misses.add(new Miss(gold.id(), gold.text(), words(gold.text(), gold.sources()),
                        words(gold.text(), gold.targets()), e.code(), e.rule(), name(e.source()),
                        target.map(ActorScoreboard::name).orElse(UNKNOWN), sourceCountry, targetCountry));
            }
        }
    }

    private static List<String> words(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    private static String name(Actor actor) {
        return actor.code() + " '" + actor.text() + "'";
    }

    /**
     * The country reading over every labelled sentence: a reciprocal span ("X and Y met") is on both sides; where the
     * gold marks no target, an event without one is right on that side and one naming a target is not.
     */
    private void everySentence(ActorSentence gold, List<Event> coded, List<Actor> mentions) {
        List<Span> sources = new ArrayList<>(gold.sources());
        sources.addAll(gold.reciprocal());
        List<Span> targets = new ArrayList<>(gold.targets());
        targets.addAll(gold.reciprocal());
        for (Event e : coded) {
            if (!e.isAsserted()) {
                continue;
            }
            allEvents++;
            boolean source = onSpanOrCountry(e.source(), sources, mentions);
            boolean target = e.target().map(t -> !t.span().overlaps(e.source().span())
                            && onSpanOrCountry(t, targets, mentions))
                    .orElseGet(() -> noTargetIsRight(gold.text(), targets, mentions));
            allBothCountriesRight += source && target ? 1 : 0;
        }
    }

    /** On one of the spans, or of the country of an actor coded on one of them. */
    private static boolean onSpanOrCountry(Actor actor, List<Span> spans, List<Actor> mentions) {
        return onAny(actor, spans, mentions) || countriesOn(spans, mentions).contains(actor.country());
    }

    /** An event without a target is right where the gold marks none, or marks one that names no actor. */
    private static boolean noTargetIsRight(String text, List<Span> targets, List<Actor> mentions) {
        return targets.isEmpty() || namesNoActor(text, targets, mentions);
    }

    /** The known countries of the actors coded on any of {@code spans}. */
    private static Set<String> countriesOn(List<Span> spans, List<Actor> mentions) {
        Set<String> countries = new HashSet<>();
        for (Actor m : mentions) {
            if (!m.country().equals(UNKNOWN) && spans.stream().anyMatch(m.span()::overlaps)) {
                countries.add(m.country());
            }
        }
        return countries;
    }

    /** True when the gold target spans hold no coded actor, no capitalised word but the sentence's first, no pronoun. */
    private static boolean namesNoActor(String text, List<Span> targets, List<Actor> mentions) {
        if (targets.stream().anyMatch(t -> mentions.stream().anyMatch(m -> m.span().overlaps(t)))) {
            return false;
        }
        for (Span t : targets) {
            Matcher words = WORD.matcher(text);
            words.region(t.begin(), t.end());
            while (words.find()) {
                String word = words.group();
                boolean first = text.substring(0, words.start()).isBlank();
                if (Character.isUpperCase(word.codePointAt(0)) && !first
                        || PRONOUNS.contains(word.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
        }
        return true;
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

    /** The scored events not right on both sides by country, in the order scored. */
    public List<Miss> misses() {
        return List.copyOf(misses);
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

    /** Events whose source is right on the country reading (class comment). */
    public int sourceCountryRight() {
        return sourceCountryRight;
    }

    /** Events whose target is right on the country reading, a missing target where the gold names no actor included. */
    public int targetCountryRight() {
        return targetCountryRight;
    }

    /** Events with both sides right on the country reading. */
    public int bothCountriesRight() {
        return bothCountriesRight;
    }

    /**
     * Events with both sides right on the country reading whose target is a name the registry does not know,
     * right by its mention, coded {@code ---} (no country, no sector).
     */
    public int bothRightUnknownCountry() {
        return bothRightUnknownCountry;
    }

    /** Asserted events in every labelled sentence, scored or not. */
    public int allEvents() {
        return allEvents;
    }

    /** Events of every labelled sentence with both sides right on the country reading ({@link #everySentence}). */
    public int allBothCountriesRight() {
        return allBothCountriesRight;
    }

    /** Asserted events in scored sentences that name a target. */
    public int withTarget() {
        return events - targetMissing;
    }

    /** {@code count} over events that name a target; 0 when there are none. */
    public double shareWithTarget(int count) {
        return withTarget() == 0 ? 0 : (double) count / withTarget();
    }

    /** {@code count} over the events of every labelled sentence ({@link #allEvents()}); 0 when there are none. */
    public double shareOfAll(int count) {
        return allEvents == 0 ? 0 : (double) count / allEvents;
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
        b.append(String.format(Locale.ROOT, "by country (an actor's country is that of an actor coded on the gold span; no target"
                + " is right where the gold target names no actor):%n"));
        row(b, "source country", sourceCountryRight);
        row(b, "target country", targetCountryRight);
        row(b, "both countries", bothCountriesRight);
        b.append(String.format(Locale.ROOT, "  of which %d with a target the registry does not know (code ---, right"
                + " by its mention)%n", bothRightUnknownCountry));
        b.append(String.format(Locale.ROOT, "over every labelled sentence (%d events; a reciprocal span is on both sides,"
                + " no target is right where the gold marks none): both countries right %.3f%n", allEvents,
                shareOfAll(allBothCountriesRight)));
        return b.toString();
    }

    private void row(StringBuilder b, String name, int count) {
        b.append(String.format(Locale.ROOT, "%-16s %6d %7.3f%n", name, count, share(count)));
    }
}
