package org.annals.events;

import java.util.List;
import org.annals.nlp.SentenceGraph;

/** Where a phrase rule's match lies in the sentence's tokens, and the clause it belongs to. Stateless. */
final class PhraseMatch {
    private PhraseMatch() {
    }

    /** The root of the sentence's parse; a phrase rule's act is the sentence's main clause. */
    static int rootOf(SentenceGraph g) {
        for (var d : g.sentence().dependencies()) {
            if (d.governor() < 0) {
                return d.dependent();
            }
        }
        return 0;
    }

    /** True for a verb that heads a clause, not a copula or an auxiliary ("is" in "is willing to"). */
    static boolean isContentVerb(SentenceGraph g, int token) {
        if (!g.token(token).isVerb()) {
            return false;
        }
        String relation = g.primaryEdge(token).baseRelation();
        return !relation.equals("cop") && !relation.equals("aux");
    }

    /** True for a verb that is the subject of its clause: "lifting the ban is out of the question". */
    static boolean isClausalSubject(SentenceGraph g, int token) {
        return g.primaryEdge(token).baseRelation().startsWith("csubj");
    }

    /**
     * The word of a matched phrase that heads the others: the one whose governor lies outside the match, nearest the
     * root ("skeptical" in "is skeptical", "arrived" in "peacekeepers ... arrived").
     */
    static int headOf(SentenceGraph g, int first, int last) {
        int head = first;
        int best = Integer.MAX_VALUE;
        for (int t = first; t <= last; t++) {
            int governor = g.primaryEdge(t).governor();
            if (governor >= first && governor <= last) {
                continue;
            }
            int depth = depth(g, t);
            if (depth < best) {
                best = depth;
                head = t;
            }
        }
        return head;
    }

    private static int depth(SentenceGraph g, int token) {
        int depth = 0;
        for (int t = token; g.primaryEdge(t).governor() >= 0 && depth <= g.size(); t = g.primaryEdge(t).governor()) {
            depth++;
        }
        return depth;
    }

    /** The token whose lemma starts at or before {@code offset} of the joined lemmas ({@code starts}: each lemma's start). */
    static int tokenAt(List<Integer> starts, int offset) {
        int index = 0;
        for (int i = 0; i < starts.size() && starts.get(i) <= offset; i++) {
            index = i;
        }
        return index;
    }
}
