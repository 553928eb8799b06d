package org.annals.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.actors.ActorResolver;
import org.annals.actors.DocumentActors;
import org.annals.geo.DocumentPlaces;
import org.annals.geo.PlaceMention;
import org.annals.model.Actor;
import org.annals.model.UnknownName;
import org.annals.nlp.Dependency;
import org.annals.nlp.SentenceGraph;
import org.annals.nlp.Token;

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
 * it hangs on), through objects, prepositional phrases of place, direction and topic, modifiers, appositions,
 * examples ("partners like Saudi Arabia"), coordination and controlled complements ("is willing to send resources
 * to Colombia"), and the other party of a relation noun ("pessimism over holding negotiations with the United
 * States"); never through subjects, other phrases with "with" (an instrument or a partner the patterns name
 * themselves), the act's own passive agent, clausal complements, relative clauses, adverbial clauses but purposes
 * ("sent aid to help North Korea"), or time and cause phrases, which are someone else's acts or circumstances. A
 * purpose counts as further away than it reads, so that the act's own object and direction come first; an act
 * that is the purpose of a sending is aimed at where it was sent ("sent experts to Saudi Arabia to investigate").
 * The first depth with an actor, place or thing of a country gives the targets. An actor is never its own target:
 * a mention of a source's registry entry ("Russia ... its forces"), or of the source's country under a possessive
 * ("withdraw its troops"), is passed over, and so is a place, a region named for its country ("Darfur") or a
 * thing in a source's own country, except for acts done to a territory ({@link DependencyPatternCoder#aimedAtPlaces}:
 * "imposed blockades on Saudi ports", "troops remained on alert in Ladakh").
 * What a pattern's object constraint names is the thing given, moved or withdrawn, not the party acted upon
 * ("sent a team of paratroopers to Lebanon", "withdraw its troops from Kashmir"): the caller passes those words as
 * instruments, walked through but never taken. Where a node is none of these but a name the registry does not
 * know, that name is the target, its country unknown ({@link #unknownName}). Two misparses are walked through: the
 * one helped made the subject of a clause ("to help Haiti cope") and a quantity's preposition made a modifier
 * ("provided over €3.5 million in funding to Lebanon"). Stateless.
 */
final class TargetPhrase {
    /** Prepositions of the party an act is aimed at, or of the place it is aimed at; not of time, cause or means. */
    private static final Set<String> PREPOSITIONS = Set.of("to", "on", "against", "in", "into", "at", "for", "from",
            "by", "toward", "towards", "over", "of", "upon", "inside", "near", "onto", "across", "within", "throughout",
            "between", "among", "amongst", "around", "about", "regarding", "concerning", "like", "such_as", "including",
            "poss");
    private static final Set<String> WALKED = Set.of("obj", "iobj", "obl", "nmod", "compound", "amod", "dep", "appos",
            "conj", "nummod", "acl", "xcomp", "flat", "advcl");
    private static final String UNKNOWN = Actor.UNKNOWN_COUNTRY;
    /** The words a target taken by {@link #nearest} carries in its reason. */
    static final String NEARNESS = "target by nearness";
    /** Verbs whose bare infinitive's subject is the one helped ("help North Korea cope"). */
    private static final Set<String> HELPING = Set.of("help", "assist", "enable", "let");
    /** Nouns of a relation whose "with" names the other party: "negotiations with the United States". */
    private static final Set<String> BETWEEN_PARTIES = Set.of("agreement", "deal", "accord", "pact", "treaty", "truce",
            "ceasefire", "talk", "talks", "negotiation", "dialogue", "dispute", "conflict", "war", "relation", "tie",
            "standoff", "tension", "clash", "confrontation", "rift", "row", "cooperation", "partnership", "alliance");
    /** Where something was sent to. */
    private static final List<String> DESTINATIONS = List.of("obl:to", "obl:into");
    /** How far from the trigger a target is looked for. */
    private static final int MAX_DEPTH = 5;
    /** How far an infinitive of purpose counts: further from the act than its own phrase. */
    private static final int PURPOSE_STEPS = 2;
    /** How many words from the trigger the last resort, {@link #nearest}, looks on either side. */
    static final int NEAREST_WORDS = 15;

    private TargetPhrase() {
    }

    /**
     * The targets in the phrase of the act at {@code trigger} ({@code verb} is the verb a noun trigger hangs on,
     * or the trigger itself), none when neither an actor nor a place is found. {@code placesAtHome}: whether a
     * place in a source's own country may be the target (acts done to a territory).
     */
    static List<Actor> find(SentenceGraph g, ClauseSources who, DocumentActors actors, DocumentPlaces places,
                            int trigger, int verb,
                            List<Actor> sources, Set<Integer> instruments, boolean placesAtHome) {
        boolean[] seen = new boolean[g.size()];
        // Words by their distance from the act; a purpose ("to help North Korea") lies further than it reads, so that
        // the act's own object and direction come first.
        List<List<Integer>> atDepth = new ArrayList<>();
        for (int depth = 0; depth <= MAX_DEPTH; depth++) {
            atDepth.add(new ArrayList<>());
        }
        seen[trigger] = true;
        seen[verb] = true;
        step(g, trigger, 0, seen, true, atDepth);
        if (verb != trigger) {
            step(g, verb, 0, seen, true, atDepth);
        }
        for (int depth = 1; depth <= MAX_DEPTH; depth++) {
            List<Actor> found = new ArrayList<>();
            for (int node : atDepth.get(depth)) {
                if (!instruments.contains(node)) {
                    found.addAll(at(g, who, actors, places, node, sources, placesAtHome));
                }
            }
            if (!found.isEmpty()) {
                return found.stream().distinct().toList();
            }
            for (int node : atDepth.get(depth)) {
                step(g, node, depth, seen, false, atDepth);
            }
        }
        return destinationOfPurpose(g, who, actors, places, trigger, sources, placesAtHome);
    }

    /**
     * The last resort, for an act whose paths and phrase found no target: the actors of known country on the
     * nearest word to the trigger, within {@link #NEAREST_WORDS} words, the word after before the word before at the
     * same distance; none when there is none. Sentence co-occurrence is what GDELT and the ML coders fall back on; the
     * target says so in its reason, with the distance, so that a user can weigh or drop it. Passed over: an actor of
     * unknown country (it would say nothing of whom the act was aimed at), one coded as a source is (nearness alone
     * does not make an actor act on itself: "the gunmen ... a suicide bomber"), the words in apposition to a
     * source ("Gladys Ibarra, a 40-year-old merchant"), and what {@link #find} passes over: the sources themselves,
     * their own places unless {@code placesAtHome}, and the instruments.
     */
    static List<Actor> nearest(SentenceGraph g, ClauseSources who, DocumentActors actors, DocumentPlaces places,
                               int trigger, List<Actor> sources, Set<Integer> instruments, boolean placesAtHome) {
        Set<Integer> apposed = apposedTo(g, sources);
        for (int distance = 1; distance <= NEAREST_WORDS; distance++) {
            for (int node : new int[] {trigger + distance, trigger - distance}) {
                if (node < 0 || node >= g.size() || instruments.contains(node) || apposed.contains(node)) {
                    continue;
                }
                List<Actor> found = new ArrayList<>();
                for (Actor a : at(g, who, actors, places, node, sources, placesAtHome)) {
                    if (!a.country().equals(UNKNOWN) && sources.stream().noneMatch(s -> s.code().equals(a.code()))) {
                        found.add(new Actor(a.code(), a.text(), a.name(), a.entryId(), a.reason() + "; " + NEARNESS
                                + ": no dependency path from the act leads to a target, and this is the nearest"
                                + " actor to '" + g.token(trigger).word() + "', " + distance + " words away",
                                a.sentence(), a.span()));
                    }
                }
                if (!found.isEmpty()) {
                    return found.stream().distinct().toList();
                }
            }
        }
        return List.of();
    }

    /** The words of the appositions to the sources mentioned in this sentence: other names for the same actor. */
    private static Set<Integer> apposedTo(SentenceGraph g, List<Actor> sources) {
        Set<Integer> out = new HashSet<>();
        for (Actor source : sources) {
            if (source.sentence() != g.sentence().index()) {
                continue;
            }
            for (Token t : g.sentence().tokens()) {
                if (source.span().overlaps(t.span())) {
                    for (int apposition : g.children(t.index(), "appos")) {
                        out.addAll(g.subtree(apposition, List.of()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * An act done for the purpose of being sent somewhere is aimed at where it was sent: "sent experts to Saudi
     * Arabia to investigate the attacks", "sent a team to Alabama to investigate the accident".
     */
    private static List<Actor> destinationOfPurpose(SentenceGraph g, ClauseSources who, DocumentActors actors,
                                                    DocumentPlaces places, int trigger, List<Actor> sources,
                                                    boolean placesAtHome) {
        Dependency edge = g.primaryEdge(trigger);
        if (edge.governor() < 0 || !edge.relation().equals("advcl:to") && !edge.baseRelation().equals("xcomp")
                || !g.token(edge.governor()).isVerb()) {
            return List.of();
        }
        List<Actor> found = new ArrayList<>();
        for (String destination : DESTINATIONS) {
            for (int node : g.children(edge.governor(), destination)) {
                found.addAll(at(g, who, actors, places, node, sources, placesAtHome));
            }
        }
        return found.stream().distinct().toList();
    }

    /**
     * Puts the words one step into the phrase from {@code node} at their depth; the act's own passive agent is its
     * source, not walked.
     */
    private static void step(SentenceGraph g, int node, int depth, boolean[] seen, boolean act,
                             List<List<Integer>> atDepth) {
        for (Dependency d : g.edgesFrom(node)) {
            int next = d.dependent();
            if (d.baseRelation().equals("ccomp") && HELPING.contains(g.token(node).lemma())
                    && g.token(next).tag().equals("VB")) {
                // "to help Haiti cope": the parser makes the one helped the subject of a clause.
                for (int helped : g.children(next, "nsubj")) {
                    put(helped, depth + 1, seen, atDepth);
                }
            } else if (walked(g, d) && !(act && d.relation().endsWith(":agent")) && intoPhrase(g, d)) {
                put(next, depth + (isPurpose(g, d) ? PURPOSE_STEPS : 1), seen, atDepth);
            }
        }
    }

    private static void put(int node, int depth, boolean[] seen, List<List<Integer>> atDepth) {
        if (!seen[node] && depth <= MAX_DEPTH) {
            seen[node] = true;
            atDepth.get(depth).add(node);
        }
    }

    /** An infinitive of purpose: "to help" in "sent aid to help", not "to send" in "willing to send". */
    private static boolean isPurpose(SentenceGraph g, Dependency d) {
        return g.token(d.dependent()).tag().equals("VB")
                && (!d.baseRelation().equals("xcomp") || !g.children(d.governor(), "obj").isEmpty());
    }

    private static boolean walked(SentenceGraph g, Dependency d) {
        String relation = d.relation();
        String base = d.baseRelation();
        // "provided over € 3.5 million in funding to Lebanon": the parser makes a quantity's preposition a modifier.
        if (base.equals("advmod")) {
            return g.token(d.dependent()).tag().equals("IN");
        }
        if (!WALKED.contains(base) || relation.equals("acl:relcl") || relation.endsWith(":xsubj")
                || base.equals("advcl") && !relation.equals("advcl:to")
                || relation.equals("obl:tmod") || relation.equals("obl:npmod")
                || relation.equals("nmod:tmod") || relation.equals("nmod:npmod")) {
            return false;
        }
        if (base.equals("obl") || base.equals("nmod")) {
            String preposition = d.subtype();
            return PREPOSITIONS.contains(preposition) || preposition.equals("agent")
                    || relation.equals("nmod:with") && BETWEEN_PARTIES.contains(g.token(d.governor()).lemma());
        }
        return true;
    }

    /**
     * A verb is entered only as the act's purpose or content, an infinitive ("willing to send resources to Colombia",
     * "sent aid to help North Korea") or a gerund a verb governs ("considering sending aid"), or as a passive
     * participle on a noun ("a ban imposed on", "an appeal lodged by"): a coordinated verb, a participle clause
     * ("pounded the enclave, killing five") or a relative clause is another act. A gerund a noun takes through a
     * preposition is the noun's content ("pessimism about bringing the North Korean standoff to an end"). The act's
     * own object comes first, being nearer: "offered assistance to Turkey to assist an insurgency" is aimed at Turkey.
     */
    private static boolean intoPhrase(SentenceGraph g, Dependency d) {
        String tag = g.token(d.dependent()).tag();
        if (!tag.startsWith("VB")) {
            return true;
        }
        String base = d.baseRelation();
        boolean underVerb = g.token(d.governor()).isVerb();
        return tag.equals("VB") && (base.equals("xcomp") || d.relation().equals("advcl:to"))
                || tag.equals("VBG") && underVerb && (base.equals("xcomp") || base.equals("acl"))
                || tag.equals("VBG") && !underVerb && PREPOSITIONS.contains(d.subtype())
                || base.equals("acl") && tag.equals("VBN") && !underVerb;
    }

    private static List<Actor> at(SentenceGraph g, ClauseSources who, DocumentActors actors, DocumentPlaces places,
                                  int node, List<Actor> sources, boolean placesAtHome) {
        List<Actor> named = who.actorsOrSpeaker(node);
        if (!named.isEmpty()) {
            // "Pakistan is willing to withdraw its troops": the source's own men are no party acted upon. A region
            // of the source's own country is a place at home ("Indian troops remained on alert in Ladakh").
            boolean possessed = g.children(node, "nmod:poss").stream().anyMatch(o -> g.token(o).tag().equals("PRP$"));
            return named.stream().filter(a -> sources.stream().noneMatch(s ->
                    (placesAtHome && ActorResolver.namesARegion(a) ? sameMention(a, s) : same(a, s))
                    || possessed && !s.country().equals(UNKNOWN) && s.country().equals(a.country()))).toList();
        }
        int sentence = g.sentence().index();
        Optional<Actor> thing = actors.thingOf(sentence, node);
        if (thing.isPresent()) {
            Actor t = thing.get();
            return sources.stream().anyMatch(s -> sameMention(t, s) || !placesAtHome && same(t, s)) ? List.of()
                    : List.of(t);
        }
        Optional<PlaceMention> place = places.mentionAt(sentence, node);
        if (place.isEmpty()) {
            return unknownName(g, actors, node, sources);
        }
        PlaceMention m = place.get();
        Actor country = new Actor(m.place().country(), m.text(), m.place().name(), "place:" + m.place().geonamesId(),
                "place '" + m.text() + "' (" + m.place().name() + ", " + m.place().country()
                        + ") in the act's phrase stands for its country", sentence, m.span());
        // A place at home is where the act happened, not whom it was aimed at ("Iran summoned the envoy to complain
        // about a rally in Tehran"), except for acts done to a territory and its people ("Indian authorities
        // imposed a curfew in parts of Kashmir", "troops remained on alert in Manila").
        return sources.stream().anyMatch(s -> same(country, s) || !placesAtHome && s.country().equals(country.country()))
                ? List.of() : List.of(country);
    }

    /**
     * A person or organisation the registry does not know and the text gives no code ("accused Gulen", "granted
     * asylum to Julian Assange"): the target, with its country unknown ({@code ---}), so that the event says whom
     * it was aimed at; the name is in the article's unknown names for the registry to learn.
     */
    static List<Actor> unknownName(SentenceGraph g, DocumentActors actors, int node, List<Actor> sources) {
        int sentence = g.sentence().index();
        var token = g.token(node).span();
        for (UnknownName u : actors.unknown()) {
            if (u.sentence() == sentence && u.code().isEmpty() && u.span().overlaps(token)) {
                Actor a = new Actor(UNKNOWN, u.text(), u.name(), "unknown:" + u.name(), "'" + u.name()
                        + "' is not in the actor registry; country unknown", sentence, u.span());
                return sources.stream().anyMatch(s -> sameMention(a, s)) ? List.of() : List.of(a);
            }
        }
        return List.of();
    }

    /** The same mention, or another mention of the same registry entry ("Russia ... its forces"). */
    private static boolean same(Actor a, Actor b) {
        return sameMention(a, b) || a.entryId().equals(b.entryId());
    }

    private static boolean sameMention(Actor a, Actor b) {
        return a.span().overlaps(b.span()) && a.sentence() == b.sentence();
    }
}
