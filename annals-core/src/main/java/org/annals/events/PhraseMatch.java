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

    /** The token whose lemma starts at or before {@code offset} of the joined lemmas ({@code starts}: each lemma's start). */
    static int tokenAt(List<Integer> starts, int offset) {
        int index = 0;
        for (int i = 0; i < starts.size() && starts.get(i) <= offset; i++) {
            index = i;
        }
        return index;
    }
}
