package org.annals.events;

import java.util.EnumSet;
import java.util.Set;
import org.annals.model.Modality;
import org.annals.nlp.SentenceGraph;

/**
 * Whether a clause reports an act, and how: negated, announced, hypothetical, or not an act at all (requested,
 * refused, intended, merely possible). The rules are listed in {@code docs/patterns.md}. Stateless.
 */
final class ClauseStatus {
    /** How a clause stands: an act, a hypothetical act (kept, flagged), or no act at all (dropped). */
    enum Reading { ASSERTED, HYPOTHETICAL, NOT_AN_ACT }

    private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no");
    /**
     * Verbs whose complement is not an act done: refused, requested, intended, threatened, attempted or agreed
     * to ("refuse to comply", "called on the US to lift sanctions", "threatened to attack"). Speech verbs are
     * not among them: "said it had expelled" reports an act. A threat keeps CAMEO's threat codes (13), so its
     * complement is not also a hypothetical act.
     */
    private static final Set<String> NON_ASSERTING = Set.of("refuse", "decline", "reject", "deny", "fail", "oppose",
            "block", "prevent", "ban", "forbid", "call", "urge", "ask", "demand", "want", "plan", "intend",
            "threaten", "agree", "allow", "let", "seek", "try", "attempt", "hope", "propose", "offer", "promise",
            "vow", "pledge", "expect", "prepare", "aim", "need", "push", "press", "warn", "vote", "move", "persuade",
            "encourage", "convince", "appeal", "wait");
    /** Verbs of deliberation: their complement is an act under consideration ("considering imposing sanctions"). */
    private static final Set<String> DELIBERATING = Set.of("consider", "weigh", "mull", "contemplate", "ponder",
            "explore", "debate");
    /** Modal auxiliaries that make an act hypothetical ("would release", "could attack"). */
    private static final Set<String> HYPOTHETICAL_MODALS = Set.of("would", "could", "might", "may");
    /** "should leave" is advice or a demand, not an act, and not a possibility either. */
    private static final String OBLIGATION = "should";

    /** Verbs that report what someone said: "would" in their complement is the future of the past. */
    private static final Set<String> REPORTING = Set.of("say", "announce", "tell", "state", "confirm", "declare");

    /**
     * "will hold elections", "shall leave": announced, not yet done; so is "would" in what someone said ("the
     * rebels said they would release the hostages"), unless a condition makes it one.
     */
    static boolean isFuture(SentenceGraph g, int verb) {
        return g.hasChild(verb, "aux", lemma -> lemma.equals("will") || lemma.equals("shall")) || isReportedWould(g, verb);
    }

    private static boolean isReportedWould(SentenceGraph g, int verb) {
        if (!g.hasChild(verb, "aux", "would"::equals) || isConditioned(g, verb)) {
            return false;
        }
        var edge = g.primaryEdge(verb);
        return edge.governor() >= 0 && edge.relation().equals("ccomp")
                && REPORTING.contains(g.token(edge.governor()).lemma()) && !isConditioned(g, edge.governor());
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

    /** "is considering sanctions": a verb whose object is only under consideration. */
    static boolean isDeliberation(String lemma) {
        return DELIBERATING.contains(lemma);
    }

    /**
     * Walks up the clause chain. A trigger with a hypothetical modal, inside or under a condition ("if", "unless")
     * or in the complement of a verb of deliberation is hypothetical; an infinitive under a noun, a trigger under a
     * negated governor (for affirmative rules), in the complement of a verb of refusal, request or intent, or with
     * "should" is no act. No act wins over hypothetical: "refused to say it would attack" is nothing.
     */
    static Reading read(SentenceGraph g, int verb, boolean negatedRule) {
        if (g.hasChild(verb, "aux", OBLIGATION::equals)) {
            return Reading.NOT_AN_ACT;
        }
        boolean hypothetical = g.hasChild(verb, "aux", HYPOTHETICAL_MODALS::contains) && !isReportedWould(g, verb);
        int node = verb;
        for (int depth = 0; depth < 8; depth++) {
            hypothetical |= isConditioned(g, node);
            var edge = g.primaryEdge(node);
            String rel = edge.relation();
            if (edge.governor() < 0) {
                break;
            }
            if (rel.startsWith("acl") && !rel.equals("acl:relcl") && isInfinitive(g, node)) {
                return Reading.NOT_AN_ACT;
            }
            if (isCondition(rel)) {
                hypothetical = true;
            } else if (!(rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.startsWith("conj")
                    || rel.startsWith("advcl"))) {
                hypothetical |= misparsedUnderDeliberation(g, rel, edge.governor());
                break;
            }
            node = edge.governor();
            if (!negatedRule && isNegated(g, node)) {
                return Reading.NOT_AN_ACT;
            }
            boolean complement = rel.startsWith("xcomp") || rel.startsWith("ccomp");
            if (complement && DELIBERATING.contains(g.token(node).lemma())) {
                hypothetical = true;
            } else if (complement && NON_ASSERTING.contains(g.token(node).lemma())) {
                return Reading.NOT_AN_ACT;
            }
            if (g.token(node).isNoun()) {
                return Reading.NOT_AN_ACT;
            }
            // The modal of the first conjunct or of a controlling verb covers this one: "could freeze assets and
            // expel diplomats", "might decide to expel".
            if ((rel.startsWith("conj") || rel.startsWith("xcomp")) && g.hasChild(node, "aux", HYPOTHETICAL_MODALS::contains)) {
                hypothetical = true;
            }
        }
        return hypothetical ? Reading.HYPOTHETICAL : Reading.ASSERTED;
    }

    /**
     * A gerund under a verb of deliberation that the parser made a clause of the verb rather than its complement:
     * {@code acl(considering, sending)}. (A gerund it made a participle of the considered noun, {@code amod(aid,
     * sending)}, is read from the verb that governs the noun: see {@link #readParticiple}.)
     */
    private static boolean misparsedUnderDeliberation(SentenceGraph g, String rel, int governor) {
        return rel.startsWith("acl") && !rel.equals("acl:relcl") && DELIBERATING.contains(g.token(governor).lemma());
    }

    /**
     * The reading of a participle trigger ("the sanctions imposed", "sending aid" parsed as {@code amod(aid,
     * sending)}) from the clause of the verb that governs its noun: as that clause reads, except that a noun which is
     * the object of a verb of deliberation is only under consideration.
     */
    static Reading readParticiple(SentenceGraph g, int noun, int clauseHead, boolean negatedRule) {
        Reading reading = read(g, clauseHead, negatedRule);
        var edge = g.primaryEdge(noun);
        boolean considered = edge.governor() == clauseHead && edge.baseRelation().equals("obj")
                && DELIBERATING.contains(g.token(clauseHead).lemma());
        return considered && reading == Reading.ASSERTED ? Reading.HYPOTHETICAL : reading;
    }

    /** The main clause of a conditional: "if Maduro refuses, the U.S. will impose sanctions". */
    private static boolean isConditioned(SentenceGraph g, int verb) {
        return g.edgesFrom(verb).stream().anyMatch(d -> isCondition(d.relation()));
    }

    private static boolean isCondition(String relation) {
        return relation.equals("advcl:if") || relation.equals("advcl:unless");
    }

    /** The modalities a clause's reading gives before dating and attribution. */
    static Set<Modality> stance(boolean negated, boolean hypothetical) {
        Set<Modality> stance = EnumSet.noneOf(Modality.class);
        if (negated) {
            stance.add(Modality.NEGATED);
        }
        if (hypothetical) {
            stance.add(Modality.HYPOTHETICAL);
        }
        return stance;
    }

    /** "the authority to break relations": an infinitive states a possibility, not an act. */
    private static boolean isInfinitive(SentenceGraph g, int verb) {
        return g.token(verb).tag().equals("VB") || g.hasChild(verb, "mark", "to"::equals);
    }

    private ClauseStatus() {
    }
}
