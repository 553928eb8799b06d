package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.annals.model.Actor;
import org.annals.nlp.SentenceGraph;

/**
 * Who acts and on whom, read from a verb's dependents, for rules that do not say where their actors are (a
 * PETRARCH pattern without {@code $} or {@code +}). Stateless.
 */
final class ClauseActors {
    private ClauseActors() {
    }

    /** The agent of a passive, else the subject; borrowed from the governing verb through xcomp, conj and advcl. */
    static List<Actor> subjects(SentenceGraph g, int verb, IntFunction<List<Actor>> actorsAt) {
        for (int guard = 0; guard < g.size(); guard++) {
            List<Actor> found = new ArrayList<>();
            for (int agent : g.children(verb, "obl:agent")) {
                found.addAll(actorsAt.apply(agent));
            }
            if (found.isEmpty()) {
                for (var d : g.edgesFrom(verb)) {
                    if (is(d.relation(), "nsubj") && !d.relation().startsWith("nsubj:pass")) {
                        found.addAll(actorsAt.apply(d.dependent()));
                    }
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
            var edge = g.primaryEdge(verb);
            String rel = edge.baseRelation();
            if (edge.governor() < 0 || !(rel.equals("xcomp") || rel.equals("conj") || rel.equals("advcl"))) {
                return found;
            }
            verb = edge.governor();
        }
        return List.of();
    }

    /**
     * The first actors among: the object (the subject of a passive), the indirect object, the oblique phrases
     * (not the agent), then any other actor in the verb's subtree after the verb; never the token {@code notThis}.
     */
    static List<Actor> targets(SentenceGraph g, int verb, IntFunction<List<Actor>> actorsAt, int notThis) {
        List<Integer> heads = new ArrayList<>(g.children(verb, "obj"));
        heads.addAll(g.children(verb, "nsubj:pass"));
        heads.addAll(g.children(verb, "iobj"));
        for (var d : g.edgesFrom(verb)) {
            if (is(d.relation(), "obl") && !d.relation().equals("obl:agent")
                    && !d.relation().equals("obl:tmod")) {
                heads.add(d.dependent());
            }
        }
        for (int h : heads) {
            if (h != notThis && !actorsAt.apply(h).isEmpty()) {
                return withConjuncts(g, h, actorsAt);
            }
        }
        List<Integer> subjects = new ArrayList<>(g.children(verb, "nsubj"));
        for (int t : g.subtree(verb, List.of())) {
            if (t > verb && t != notThis && !subjects.contains(t) && !actorsAt.apply(t).isEmpty()) {
                return withConjuncts(g, t, actorsAt);
            }
        }
        return List.of();
    }

    private static boolean is(String relation, String wanted) {
        return relation.equals(wanted) || relation.startsWith(wanted + ":");
    }

    /** The actors at {@code head} and at the heads coordinated with it ("with Mordor, Rohan and Fornost"). */
    static List<Actor> withConjuncts(SentenceGraph g, int head, IntFunction<List<Actor>> actorsAt) {
        List<Actor> found = new ArrayList<>(actorsAt.apply(head));
        for (int conj : g.children(head, "conj")) {
            for (Actor a : actorsAt.apply(conj)) {
                if (!found.contains(a)) {
                    found.add(a);
                }
            }
        }
        return found;
    }
}
