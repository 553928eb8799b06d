package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.actors.DocumentActors;
import org.annals.model.Actor;
import org.annals.model.Quote;
import org.annals.nlp.SentenceGraph;
import org.annals.nlp.Token;

/**
 * Who claims an act the text only reports: the speaker of "Z said that Y attacked", the accuser of "X accused Y
 * of attacking", Z in "according to Z", the speaker of a quotation; "reportedly" and "allegedly" report an act
 * without naming anyone. An actor's own word about its own act ("Colombia said it expelled", a government
 * speaking for its country) is not a report: the act is what it announces. Stateless.
 */
final class Attribution {
    /** Verbs that report what someone else claims when their complement holds the act. */
    private static final Set<String> SPEECH = Set.of("say", "tell", "claim", "allege", "report", "state", "assert",
            "insist", "argue", "maintain", "contend", "suggest", "write", "add", "believe", "think");
    /** Verbs of accusation: "X accused Y of attacking Z" (the act is Y's, the claim X's). */
    private static final Set<String> ACCUSING = Set.of("accuse", "blame", "charge", "suspect");
    private static final Set<String> HEARSAY = Set.of("reportedly", "allegedly", "purportedly", "supposedly");
    private static final String FIRST_PERSON = "i|we|me|us";

    /** A claim: the act is reported, by the claimant when the text names one. */
    record Claim(Optional<Actor> claimant) {
        /**
         * True when {@code source} itself (or its government, or its country) makes the claim, or may: a claimant
         * of no known country ("the foreign ministry said") is most often the acting side's own office, and
         * cannot be shown to be someone else.
         */
        boolean isOwnWordOf(Actor source) {
            return claimant.map(c -> c.code().startsWith("---") || c.code().startsWith(source.code())
                    || source.code().startsWith(c.code())).orElse(false);
        }
    }

    private final SentenceGraph g;
    private final DocumentActors actors;
    private final List<Quote> quotes;

    Attribution(SentenceGraph graph, DocumentActors actors, List<Quote> quotes) {
        this.g = graph;
        this.actors = actors;
        this.quotes = quotes;
    }

    /** The claim behind the act at {@code trigger} (clause head {@code clauseHead}), if the text only reports it. */
    Optional<Claim> find(int trigger, int clauseHead) {
        int accusation = accusation(g, trigger, clauseHead);
        if (accusation >= 0) {
            return Optional.of(new Claim(first(subjects(accusation))));
        }
        boolean hearsay = false;
        int node = clauseHead;
        for (int depth = 0; depth < 8; depth++) {
            hearsay |= g.hasChild(node, "advmod", HEARSAY::contains) || node != trigger && g.hasChild(trigger, "advmod", HEARSAY::contains);
            for (var d : g.edgesFrom(node)) {
                if (d.relation().startsWith("obl:according")) {
                    return Optional.of(new Claim(first(actorsAt(d.dependent()))));
                }
                if (d.baseRelation().equals("parataxis") && SPEECH.contains(g.token(d.dependent()).lemma())) {
                    return Optional.of(new Claim(first(subjects(d.dependent()))));
                }
            }
            var edge = g.primaryEdge(node);
            if (edge.governor() < 0) {
                break;
            }
            String rel = edge.baseRelation();
            String governor = g.token(edge.governor()).lemma();
            if (rel.equals("ccomp") && SPEECH.contains(governor)
                    || (rel.equals("advcl") || rel.equals("acl") || rel.equals("xcomp")) && ACCUSING.contains(governor)) {
                return Optional.of(new Claim(first(subjects(edge.governor()))));
            }
            if (!(rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("conj") || rel.equals("advcl"))) {
                break;
            }
            node = edge.governor();
        }
        Optional<Actor> quoted = speakerOf(quotes, g.sentence().index(), g.token(trigger));
        if (quoted.isPresent()) {
            return Optional.of(new Claim(quoted));
        }
        return hearsay ? Optional.of(new Claim(Optional.empty())) : Optional.empty();
    }

    /**
     * "accused Venezuela of attacking Brazil": the accused acts, so the act's source is the accusation's object
     * (or, in the passive "Venezuela was accused of...", its subject). The parser reads the act either as a
     * clause under the accusation or as a participle on its object ("of [attacking] Brazil"), whose clause head
     * is then the accusation itself. Empty when the trigger is not so embedded.
     */
    static Optional<List<Integer>> accusedOf(SentenceGraph g, int trigger, int clauseHead) {
        int accusation = accusation(g, trigger, clauseHead);
        if (accusation < 0) {
            return Optional.empty();
        }
        List<Integer> accused = new ArrayList<>(g.children(accusation, "obj"));
        accused.addAll(g.children(accusation, "nsubj:pass"));
        return Optional.of(accused);
    }

    /** The verb of accusation the act at {@code trigger} is embedded in, or -1. */
    private static int accusation(SentenceGraph g, int trigger, int clauseHead) {
        if (trigger != clauseHead && ACCUSING.contains(g.token(clauseHead).lemma())) {
            return clauseHead;
        }
        var edge = g.primaryEdge(trigger);
        String rel = edge.baseRelation();
        boolean embedded = rel.equals("advcl") || rel.equals("acl") || rel.equals("xcomp");
        return edge.governor() >= 0 && embedded && ACCUSING.contains(g.token(edge.governor()).lemma()) ? edge.governor() : -1;
    }

    /** The speaker of the quotation that contains {@code token}, as an actor. */
    static Optional<Actor> speakerOf(List<Quote> quotes, int sentence, Token token) {
        for (Quote q : quotes) {
            if (q.span().contains(token.span()) && q.speaker().isPresent() && !q.speaker().get().code().startsWith("---")) {
                Quote.Speaker s = q.speaker().get();
                return Optional.of(new Actor(s.code(), s.name(), s.name(), "speaker",
                        "speaker of the quotation (" + s.reason() + ")", sentence, token.span()));
            }
        }
        return Optional.empty();
    }

    private List<Actor> subjects(int verb) {
        List<Actor> found = new ArrayList<>();
        for (int subject : g.children(verb, "nsubj")) {
            found.addAll(actorsAt(subject));
        }
        return found;
    }

    private List<Actor> actorsAt(int token) {
        Token t = g.token(token);
        if (t.lemma().matches(FIRST_PERSON) && t.tag().equals("PRP")) {
            return speakerOf(quotes, g.sentence().index(), t).map(List::of).orElse(List.of());
        }
        return actors.at(g.sentence().index(), token);
    }

    private static Optional<Actor> first(List<Actor> actors) {
        return actors.stream().findFirst();
    }
}
