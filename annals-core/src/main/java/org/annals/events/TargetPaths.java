package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import org.annals.nlp.SentenceGraph;

/**
 * The tokens a pattern's target path leads to. A path is a start (the trigger's objects, the noun trigger, its verb,
 * or a relation of the trigger) and then relations step by step: {@code object.poss} (Maduro's order),
 * {@code obl:with.poss} (complied with Venezuela's order), {@code object.acl.obl:on} (a ban imposed on Chadian
 * citizens). Stateless.
 */
final class TargetPaths {
    private TargetPaths() {
    }

    static List<Integer> heads(SentenceGraph g, String path, int verb, List<Integer> objects, int noun, int clauseHead) {
        String[] steps = path.split("\\.");
        List<Integer> heads = new ArrayList<>();
        switch (steps[0]) {
            case "obj", "object" -> heads.addAll(objects);
            case "noun" -> heads.addAll(noun >= 0 ? List.of(noun) : List.of());
            case "governor" -> heads.add(clauseHead);
            default -> heads.addAll(ClauseParts.children(g, verb, steps[0]));
        }
        for (int i = 1; i < steps.length; i++) {
            List<Integer> next = new ArrayList<>();
            for (int h : heads) {
                next.addAll(ClauseParts.children(g, h, steps[i]));
            }
            heads = next;
        }
        return heads;
    }
}
