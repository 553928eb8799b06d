package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.actors.DocumentActors;
import org.annals.geo.DocumentPlaces;
import org.annals.model.Place;
import org.annals.nlp.SentenceGraph;
import org.annals.nlp.Token;

/** The parts of a clause the pattern coder reads: objects, participles, the place of an act. Stateless. */
final class ClauseParts {
    private ClauseParts() {
    }

    static List<Integer> children(SentenceGraph g, int head, String relation) {
        return relation.equals("poss") ? g.children(head, "nmod:poss") : g.children(head, relation);
    }

    /**
     * The objects of {@code verb}: its own, the subject of its passive, or, for the second of two verbs that share
     * one object ("rejects and condemns the decision", where the parser hangs the object on the first verb), the
     * object that follows it.
     */
    static List<Integer> objects(SentenceGraph g, int verb) {
        List<Integer> objects = new ArrayList<>(g.children(verb, "obj"));
        if (g.hasChild(verb, "aux:pass", l -> true)) {
            objects.addAll(g.children(verb, "nsubj:pass"));
        }
        if (objects.isEmpty()) {
            objects.addAll(sharedObjects(g, verb));
        }
        return objects;
    }

    private static List<Integer> sharedObjects(SentenceGraph g, int verb) {
        if (!g.children(verb, "ccomp").isEmpty() || !g.children(verb, "xcomp").isEmpty()) {
            return List.of();
        }
        for (var edge : g.edgesTo(verb)) {
            if (edge.baseRelation().equals("conj") && edge.governor() >= 0 && edge.governor() < verb
                    && g.token(edge.governor()).isVerb()) {
                return g.children(edge.governor(), "obj").stream().filter(o -> o > verb).toList();
            }
        }
        return List.of();
    }

    /** "does not consider Maduro to have the authority", "considers NATO a threat": an object and a predicate on it judge; nothing is deliberated. */
    static boolean isJudgement(SentenceGraph g, int verb) {
        return !g.children(verb, "obj").isEmpty() && !g.children(verb, "xcomp").isEmpty();
    }

    static boolean accepts(Set<String> lemmas, String lemma) {
        return lemmas.contains("*") || lemmas.contains(lemma) || singular(lemma).filter(lemmas::contains).isPresent();
    }

    /** The lemmatiser leaves some plurals alone ("mobilized troops" has the lemma "troops"): the singular to try too. */
    static Optional<String> singular(String lemma) {
        return lemma.length() > 3 && lemma.endsWith("s") ? Optional.of(lemma.substring(0, lemma.length() - 1))
                : Optional.empty();
    }

    /** "breaking diplomatic ties" acts; "the detained leaders" only describes them, so only -ing forms count. */
    static boolean isParticipleModifier(SentenceGraph g, int token) {
        return g.primaryEdge(token).baseRelation().equals("amod") && g.token(token).tag().equals("VBG");
    }

    static Optional<Integer> governingVerb(SentenceGraph g, int noun) {
        var edge = g.primaryEdge(noun);
        if (edge.governor() >= 0 && g.token(edge.governor()).isVerb()) {
            return Optional.of(edge.governor());
        }
        return Optional.empty();
    }

    /**
     * Where the act happened: the first place named in the trigger's own clause ("protesting in a Caracas slum",
     * "demonstrations in Caracas' slums", "leave the capital city Caracas"). A place elsewhere in the sentence is
     * not taken: no location is better than a wrong one.
     */
    static Optional<Place> location(SentenceGraph g, DocumentPlaces places, int trigger, int clauseHead) {
        List<String> relations = List.of("obl", "nmod", "obj", "compound", "xcomp", "acl");
        for (int head : new int[] {trigger, clauseHead}) {
            for (int t : g.subtree(head, relations)) {
                Optional<Place> place = places.at(g.sentence().index(), t);
                if (place.isPresent()) {
                    return place;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "lacks the authority to expel diplomats", "the order to remove the diplomats": an infinitive whose
     * understood subject is a thing, not an actor, describes that thing; nobody did it.
     */
    static boolean controlledByNonActor(SentenceGraph g, DocumentActors actors, int verb) {
        for (int controller : g.children(verb, "nsubj:xsubj")) {
            Token t = g.token(controller);
            if (t.isNoun() && !"PERSON".equals(t.ner()) && actors.at(g.sentence().index(), controller).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
