package org.annals.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.Actor;
import org.annals.model.UnknownName;

/**
 * The actors of one document, indexed by the token that heads each mention. Built by {@link ActorResolver}
 * and read-only afterwards (first-person pronouns in quotations are resolved by the event coder, from the
 * quotation's speaker).
 */
public final class DocumentActors {
    private final Map<Long, List<Actor>> byHead = new HashMap<>();
    private final Map<Long, Actor> thingsByHead = new HashMap<>();
    private final List<String> focusCountries;
    private List<UnknownName> unknown = List.of();

    DocumentActors(List<String> focusCountries) {
        this.focusCountries = List.copyOf(focusCountries);
    }

    private static long key(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }

    void put(int sentence, int token, List<Actor> actors) {
        if (!actors.isEmpty()) {
            byHead.put(key(sentence, token), List.copyOf(actors));
        }
    }

    void thing(int sentence, int token, Actor country) {
        thingsByHead.put(key(sentence, token), country);
    }

    void unknown(List<UnknownName> names) {
        unknown = List.copyOf(names);
    }

    /** Every mention of a person or organisation the registry could not code that day, coded from the text or not, in text order. */
    public List<UnknownName> unknown() {
        return unknown;
    }

    /** The actors a mention headed by this token stands for: one, several for "they", none when it is no actor. */
    public List<Actor> at(int sentence, int token) {
        return byHead.getOrDefault(key(sentence, token), List.of());
    }

    /**
     * The country of a thing a demonym names ("52 Iranian sites", "tariffs on American products"): no actor, so never
     * a source or a mention, but what an act aimed at the thing is aimed at, for the event coder's targets.
     */
    public Optional<Actor> thingOf(int sentence, int token) {
        return Optional.ofNullable(thingsByHead.get(key(sentence, token)));
    }

    /** The first actor at this head, if any. */
    public Optional<Actor> first(int sentence, int token) {
        List<Actor> found = at(sentence, token);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The country the document is mostly about, {@code ---} when none. */
    public String focusCountry() {
        return focusCountries.isEmpty() ? "---" : focusCountries.get(0);
    }

    /** The countries the article is about, most named first (at most three). */
    public List<String> focusCountries() {
        return focusCountries;
    }

    /** Every actor mention, in text order, each once. */
    public List<Actor> all() {
        List<Actor> all = new ArrayList<>();
        for (List<Actor> actors : byHead.values()) {
            for (Actor a : actors) {
                if (!all.contains(a)) {
                    all.add(a);
                }
            }
        }
        all.sort(Comparator.comparingInt((Actor a) -> a.span().begin()).thenComparing(Actor::code));
        return all;
    }
}
