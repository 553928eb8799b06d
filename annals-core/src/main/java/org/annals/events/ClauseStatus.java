package org.annals.events;

import java.util.Set;
import org.annals.nlp.SentenceGraph;

/**
 * Whether a clause reports an act, and how: negated, announced, or not an act at all (conditional,
 * hypothetical, requested, refused, merely possible). The rules are listed in {@code docs/patterns.md}.
 * Stateless.
 */
final class ClauseStatus {
    private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no");
    /**
     * Verbs whose complement is not an act done: refused, requested, intended, threatened, attempted or agreed
     * to ("refuse to comply", "called on the US to lift sanctions", "threatened to attack"). Speech verbs are
     * not among them: "said it had expelled" reports an act.
     */
    private static final Set<String> NON_ASSERTING = Set.of("refuse", "decline", "reject", "deny", "fail", "oppose",
            "block", "prevent", "ban", "forbid", "call", "urge", "ask", "demand", "want", "plan", "intend", "consider",
            "threaten", "agree", "allow", "let", "seek", "try", "attempt", "hope", "propose", "offer", "promise",
            "vow", "pledge", "expect", "prepare", "aim", "need", "push", "press", "warn", "vote", "move");
    /** Modal auxiliaries that make an act hypothetical ("would release", "could attack"). */
    private static final Set<String> HYPOTHETICAL_MODALS = Set.of("would", "could", "might", "may", "should");

    /** "will hold elections", "shall leave": announced, not yet done. */
    static boolean isFuture(SentenceGraph g, int verb) {
        return g.hasChild(verb, "aux", lemma -> lemma.equals("will") || lemma.equals("shall"));
    }

    static boolean isNegated(SentenceGraph g, int verb) {
        for (var d : g.edgesFrom(verb)) {
            if ((d.baseRelation().equals("advmod") || d.baseRelation().equals("neg"))
                    && NEGATORS.contains(g.token(d.dependent()).lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks up the clause chain: a trigger with a hypothetical modal, under a condition, an infinitive under a
     * noun, under a negated governor (for affirmative rules) or in the complement of a verb of refusal, request
     * or intent is not an asserted act.
     */
    static boolean isAsserted(SentenceGraph g, int verb, boolean negatedRule) {
        if (g.hasChild(verb, "aux", HYPOTHETICAL_MODALS::contains)) {
            return false;
        }
        int node = verb;
        for (int depth = 0; depth < 8; depth++) {
            var edge = g.primaryEdge(node);
            String rel = edge.relation();
            if (edge.governor() < 0) {
                return true;
            }
            if (rel.equals("advcl:if") || rel.startsWith("acl") && !rel.equals("acl:relcl") && isInfinitive(g, node)) {
                return false;
            }
            if (!(rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.startsWith("conj") || rel.startsWith("advcl"))) {
                return true;
            }
            node = edge.governor();
            if (!negatedRule && isNegated(g, node)) {
                return false;
            }
            if ((rel.startsWith("xcomp") || rel.startsWith("ccomp")) && NON_ASSERTING.contains(g.token(node).lemma())) {
                return false;
            }
            if (g.token(node).isNoun()) {
                return false;
            }
        }
        return true;
    }

    /** "the authority to break relations": an infinitive states a possibility, not an act. */
    private static boolean isInfinitive(SentenceGraph g, int verb) {
        return g.token(verb).tag().equals("VB") || g.hasChild(verb, "mark", "to"::equals);
    }

    private ClauseStatus() {
    }
}
