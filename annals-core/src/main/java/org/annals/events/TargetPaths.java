package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import org.annals.nlp.SentenceGraph;

/**
 * The tokens a pattern's target path leads to. A path is a start (the trigger's objects, the noun trigger, its verb,
 * the trigger word itself, or a relation of the trigger) and then relations step by step: {@code object.poss}
 * (Maduro's order), {@code obl:with.poss} (complied with Venezuela's order), {@code object.acl.obl:on} (a ban
 * imposed on Chadian citizens); the step {@code head} goes up to the word's governor ({@code head.obj}: "summoned
 * the envoy to complain"; {@code trigger.head.nsubj}: "Israel must end"). Stateless.
 */
final class TargetPaths {
    private TargetPaths() {
    }

    static List<Integer> heads(SentenceGraph g, String path, int trigger, int verb, List<Integer> objects, int noun,
                               int clauseHead) {
        String[] steps = path.split("\\.");
        List<Integer> heads = new ArrayList<>();
        // "head.obj" climbs from the trigger itself: its first step is a step, not a start.
        int firstStep = 1;
        switch (steps[0]) {
            case "obj", "object" -> heads.addAll(objects);
            case "noun" -> heads.addAll(noun >= 0 ? List.of(noun) : List.of());
            case "governor" -> heads.add(clauseHead);
            case "trigger" -> heads.add(trigger);
            case "head" -> {
                heads.add(trigger);
                firstStep = 0;
            }
            default -> heads.addAll(ClauseParts.children(g, verb, steps[0]));
        }
        for (int i = firstStep; i < steps.length; i++) {
            List<Integer> next = new ArrayList<>();
            for (int h : heads) {
                if (steps[i].equals("head")) {
                    int governor = g.primaryEdge(h).governor();
                    if (governor >= 0) {
                        next.add(governor);
                    }
                } else {
                    next.addAll(ClauseParts.children(g, h, steps[i]));
                }
            }
            heads = next;
        }
        return heads;
    }
}
