package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.actors.DocumentActors;
import org.annals.geo.DocumentPlaces;
import org.annals.geo.PlaceMention;
import org.annals.model.Actor;
import org.annals.nlp.Dependency;
import org.annals.nlp.SentenceGraph;

/**
 * The target of an act whose pattern paths found none, read from the act's own phrase, as PETRARCH takes the
 * first actor of the verb's object phrase: "opposed resolutions in the United Nations" ({@code IGOUNO}), "rejected
 * the US administration's decision" ({@code USAGOV}), "sent vehicles and a team of paratroopers to Lebanon" where
 * the parser hangs "to Lebanon" on the paratroopers. A named place with no actor at it stands for its country, as
 * PETRARCH's country dictionaries list cities and provinces under their country: "declared a ceasefire in Idlib"
 * is aimed at Syria; so does a thing a demonym names ("threatened to attack 52 Iranian sites": Iran,
 * {@link DocumentActors#thingOf}).
 *
 * <p>Design note. The phrase is walked breadth first from the trigger (and, for a noun trigger, from the verb
 * it hangs on), through objects, prepositional phrases of place and direction, modifiers, appositions,
 * coordination and controlled complements ("is willing to send resources to Colombia"); never through subjects,
 * phrases with "with" (an instrument or a partner the patterns name themselves), passive agents, clausal
 * complements, adverbial or relative clauses, or time and cause phrases, which are someone else's acts or
 * circumstances. The first depth with an actor, place or thing of a country gives the targets. An actor is never
 * its own target: a mention of a source's registry entry ("Russia ... its forces") is passed over, and so is a
 * place in a source's own country except for coercion. What a pattern's object constraint names is the thing given,
 * moved or withdrawn, not the party acted upon ("sent a team of paratroopers to Lebanon", "withdraw its troops
 * from Kashmir"): the caller passes those words as instruments, walked through but never taken. Stateless.
 */
final class TargetPhrase {
    /** Prepositions of the party an act is aimed at, or of the place it is aimed at; not of time, cause or means. */
    private static final Set<String> PREPOSITIONS = Set.of("to", "on", "against", "in", "into", "at", "for", "from",
            "by", "toward", "towards", "over", "of", "upon", "inside", "near", "onto", "across", "within", "throughout",
            "between", "among", "amongst", "around", "poss");
    private static final Set<String> WALKED = Set.of("obj", "iobj", "obl", "nmod", "compound", "amod", "dep", "appos",
            "conj", "nummod", "acl", "xcomp", "flat");
    /** How far from the trigger a target is looked for. */
    private static final int MAX_DEPTH = 5;

    private TargetPhrase() {
    }

    /**
     * The targets in the phrase of the act at {@code trigger} ({@code verb} is the verb a noun trigger hangs on,
     * or the trigger itself), none when neither an actor nor a place is found. {@code placesAtHome}: whether a
     * place in a source's own country may be the target (coercion, CAMEO root 17).
     */
    static List<Actor> find(SentenceGraph g, ClauseSources who, DocumentActors actors, DocumentPlaces places,
                            int trigger, int verb,
                            List<Actor> sources, Set<Integer> instruments, boolean placesAtHome) {
        boolean[] seen = new boolean[g.size()];
        List<Integer> frontier = new ArrayList<>();
        seen[trigger] = true;
        seen[verb] = true;
        frontier.addAll(steps(g, trigger, seen));
        if (verb != trigger) {
            frontier.addAll(steps(g, verb, seen));
        }
        for (int depth = 1; depth <= MAX_DEPTH && !frontier.isEmpty(); depth++) {
            List<Actor> found = new ArrayList<>();
            for (int node : frontier) {
                if (!instruments.contains(node)) {
                    found.addAll(at(g, who, actors, places, node, sources, placesAtHome));
                }
            }
            if (!found.isEmpty()) {
                return found.stream().distinct().toList();
            }
            List<Integer> next = new ArrayList<>();
            for (int node : frontier) {
                next.addAll(steps(g, node, seen));
            }
            frontier = next;
        }
        return List.of();
    }

    private static List<Integer> steps(SentenceGraph g, int node, boolean[] seen) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.edgesFrom(node)) {
            int next = d.dependent();
            if (seen[next] || !walked(d) || !intoPhrase(g, d)) {
                continue;
            }
            seen[next] = true;
            out.add(next);
        }
        return out;
    }

    private static boolean walked(Dependency d) {
        String relation = d.relation();
        String base = d.baseRelation();
        if (!WALKED.contains(base) || relation.equals("acl:relcl") || relation.endsWith(":xsubj")
                || relation.equals("obl:agent") || relation.equals("obl:tmod") || relation.equals("obl:npmod")
                || relation.equals("nmod:tmod") || relation.equals("nmod:npmod")) {
            return false;
        }
        if (base.equals("obl") || base.equals("nmod")) {
            int colon = relation.indexOf(':');
            return colon > 0 && PREPOSITIONS.contains(relation.substring(colon + 1));
        }
        return true;
    }

    /**
     * A verb is entered only as a controlled infinitive of a word with no object ("willing to send") or a passive participle on a noun ("a
     * ban imposed on"): a coordinated verb, a participle clause ("pounded the enclave, killing five") or an
     * infinitive of purpose on a noun ("assistance to Turkey to assist an insurgency") is another act.
     */
    private static boolean intoPhrase(SentenceGraph g, Dependency d) {
        String tag = g.token(d.dependent()).tag();
        if (!tag.startsWith("VB")) {
            return true;
        }
        // "offered to send troops to Jordan" is the offer's content; "offer assistance to Turkey to assist an
        // insurgency" has its content in the object, and the infinitive is a purpose.
        return d.baseRelation().equals("xcomp") && tag.equals("VB") && g.children(d.governor(), "obj").isEmpty()
                || d.baseRelation().equals("acl") && tag.equals("VBN");
    }

    private static List<Actor> at(SentenceGraph g, ClauseSources who, DocumentActors actors, DocumentPlaces places,
                                  int node, List<Actor> sources, boolean placesAtHome) {
        List<Actor> named = who.actorsOrSpeaker(node);
        if (!named.isEmpty()) {
            return named.stream().filter(a -> sources.stream().noneMatch(s -> same(a, s))).toList();
        }
        int sentence = g.sentence().index();
        Optional<Actor> thing = actors.thingOf(sentence, node);
        if (thing.isPresent()) {
            return sources.stream().anyMatch(s -> same(thing.get(), s)) ? List.of() : List.of(thing.get());
        }
        Optional<PlaceMention> place = places.mentionAt(sentence, node);
        if (place.isEmpty()) {
            return List.of();
        }
        PlaceMention m = place.get();
        Actor country = new Actor(m.place().country(), m.text(), m.place().name(), "place:" + m.place().geonamesId(),
                "place '" + m.text() + "' (" + m.place().name() + ", " + m.place().country()
                        + ") in the act's phrase stands for its country", sentence, m.span());
        // A place at home is where the act happened, not whom it was aimed at ("Iran summoned the envoy to complain
        // about a rally in Tehran"), except for coercion, aimed at the people of the place ("Indian authorities
        // imposed a curfew in parts of Kashmir").
        return sources.stream().anyMatch(s -> same(country, s) || !placesAtHome && s.country().equals(country.country()))
                ? List.of() : List.of(country);
    }

    /** The same mention, or another mention of the same registry entry ("Russia ... its forces"). */
    private static boolean same(Actor a, Actor b) {
        return a.span().overlaps(b.span()) && a.sentence() == b.sentence() || a.entryId().equals(b.entryId());
    }
}
