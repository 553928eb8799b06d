package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.actors.DocumentActors;
import org.annals.model.Actor;
import org.annals.model.Quote;
import org.annals.nlp.SentenceGraph;
import org.annals.nlp.Token;

/**
 * Who acts in a clause: the source actors of a verb, found through coordination, control, participles, passive
 * agents, misparsed reduced relatives and issued texts, and the actors a word stands for (a part of a group, an office,
 * the speaker of a quotation for "I" and "we"). Immutable; made for one sentence.
 */
final class ClauseSources {
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");
    /** Nouns that stand for a part or a number of the actor they are "of". */
    static final Set<String> PART_OF = Set.of("group", "member", "team", "unit", "dozen", "hundred", "thousand",
            "batch", "contingent", "delegation", "coalition", "alliance", "band", "squad", "number", "some", "many", "most", "several", "one",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "million", "scores", "score");
    /** Nouns that speak for their holder, named as possessor or "of". */
    private static final Set<String> OFFICE = Set.of("office", "offices", "camp");
    /** Verbs of summoning: "summoned the ambassador to complain" is the summoner's complaint. */
    private static final Set<String> SUMMON = Set.of("summon", "convene");
    /** What the summoned does when summoned to ("summoned the ambassador to explain"). */
    private static final Set<String> SUMMONED_ACTS = Set.of("explain", "clarify", "answer", "account", "appear",
            "testify", "leave", "attend", "report", "justify");
    /** How many clauses up a subject is looked for. */
    private static final int MAX_CLIMB = 8;

    private final SentenceGraph g;
    private final DocumentActors actors;
    private final List<Quote> quotes;
    private final int sentence;

    ClauseSources(SentenceGraph graph, DocumentActors actors, List<Quote> quotes) {
        this.g = graph;
        this.actors = actors;
        this.quotes = quotes;
        this.sentence = graph.sentence().index();
    }

    List<Actor> subjects(int verb) {
        return subjects(verb, 0);
    }

    /**
     * "Lithuania summoned the Russian ambassador to complain about naval activities": the parser gives the complaint
     * to the ambassador (object control), but one is summoned to hear it; to explain is the ambassador's own act.
     */
    private boolean summonersPurpose(int verb) {
        var edge = g.primaryEdge(verb);
        return edge.governor() >= 0 && edge.baseRelation().equals("xcomp")
                && SUMMON.contains(g.token(edge.governor()).lemma()) && !SUMMONED_ACTS.contains(g.token(verb).lemma());
    }

    /** {@code depth} bounds the climb: the enhanced graph can hold cycles ("the report it issued"). */
    private List<Actor> subjects(int verb, int depth) {
        List<Actor> found = new ArrayList<>();
        for (var edge : g.edgesFrom(verb)) {
            int subject = edge.dependent();
            // "Two inspectors were expelled": a passive subject is acted upon; it is the object, never the source.
            if (!edge.baseRelation().equals("nsubj") || edge.relation().equals("nsubj:pass")
                    || g.primaryEdge(verb).baseRelation().equals("acl") && g.token(subject).tag().startsWith("W")
                    || edge.relation().equals("nsubj:xsubj") && summonersPurpose(verb)) {
                continue;
            }
            found.addAll(actorsOrSpeaker(subject));
        }
        for (int agent : g.children(verb, "obl:agent")) {
            found.addAll(actorsOrSpeaker(agent));
        }
        if (!found.isEmpty()) {
            return found;
        }
        // "Armenian police detained demonstrators as protests continued", "summoned the ambassador after he posted
        // tweets": a clause with a subject of its own that is no actor is not the act of the clause it hangs from.
        if (g.edgesFrom(verb).stream().anyMatch(d -> d.relation().equals("nsubj")
                && g.token(d.dependent()).tag().matches("NNS?|PRP"))) {
            return found;
        }
        var edge = g.primaryEdge(verb);
        if (edge.governor() < 0 || depth > MAX_CLIMB) {
            return found;
        }
        String rel = edge.baseRelation();
        // "suspended aid after a convoy was attacked": a passive verb without its agent names no attacker, and the
        // subject of the clause it hangs from is not one.
        if (g.hasChild(verb, "aux:pass", l -> true) && !rel.equals("conj")) {
            return found;
        }
        if (rel.equals("xcomp") || rel.equals("conj") || rel.equals("advcl")) {
            return subjects(edge.governor(), depth + 1);
        }
        // "Hackers linked to the Iranian government launched attacks": the parser often makes the reduced relative's
        // participle the root and hangs the finite main verb off it as a dep; the participle's subject is the doer.
        if (rel.equals("dep") && g.token(edge.governor()).tag().equals("VBN")
                && g.token(verb).tag().matches("VB[DZP]")) {
            return subjects(edge.governor(), depth + 1);
        }
        if (rel.equals("acl")) {
            // "Gladys Ibarra, a merchant protesting in a slum": the person the apposition describes acts.
            int noun = edge.governor();
            for (int owner : g.governors(noun, "appos")) {
                found.addAll(actors.at(sentence, owner));
            }
            if (found.isEmpty()) {
                found.addAll(actors.at(sentence, noun));
            }
            // "Amnesty put out a report accusing the army": a text speaks for whoever issued it.
            var issued = g.primaryEdge(noun);
            if (found.isEmpty() && edge.relation().equals("acl") && issued.baseRelation().equals("obj")
                    && issued.governor() >= 0 && issued.governor() != verb) {
                return subjects(issued.governor(), depth + 1);
            }
        }
        return found;
    }

    /**
     * "The Houthis claimed that they had attacked": the complement's subject is the claimant itself (the same code,
     * one extending the other, or a pronoun not coded otherwise), so the claim is one of responsibility.
     */
    boolean claimsOwnAct(int verb, Set<String> complements, List<Actor> sources) {
        for (var d : g.edgesFrom(verb)) {
            if (!(d.baseRelation().equals("xcomp") || d.baseRelation().equals("ccomp"))
                    || !complements.contains(g.token(d.dependent()).lemma())) {
                continue;
            }
            for (int subject : g.children(d.dependent(), "nsubj")) {
                List<Actor> doers = actorsOrSpeaker(subject);
                if (doers.isEmpty() && g.token(subject).tag().equals("PRP")) {
                    return true;
                }
                if (doers.stream().anyMatch(a -> sources.stream().anyMatch(s ->
                        a.code().startsWith(s.code()) || s.code().startsWith(a.code())))) {
                    return true;
                }
            }
        }
        return false;
    }

    List<Actor> actorsOrSpeaker(int token) {
        Token t = g.token(token);
        // "The US has suspended aid": the country's lemma is "us" too, so only the pronoun is the speaker.
        if (FIRST_PERSON.contains(t.lemma()) && t.tag().equals("PRP")) {
            return speaker(t);
        }
        List<Actor> found = actors.at(sentence, token);
        if (found.isEmpty() && PART_OF.contains(t.lemma())) {
            // "a group of protesters", "members of the New People's Army", "dozens of soldiers": the part is the whole.
            return g.children(token, "nmod:of").stream()
                    .flatMap(o -> actors.at(sentence, o).stream()).toList();
        }
        if (found.isEmpty() && OFFICE.contains(t.lemma())) {
            // "Gov. Whitmer's office declined to comment", "the Office of the former Afghan President": an office
            // speaks for the office holder.
            List<Integer> holders = new ArrayList<>(g.children(token, "nmod:poss"));
            holders.addAll(g.children(token, "nmod:of"));
            return holders.stream().flatMap(o -> actors.at(sentence, o).stream()).toList();
        }
        return found;
    }

    /** The speaker of the quotation that contains {@code token}, as an actor. */
    List<Actor> speaker(Token token) {
        return Attribution.speakerOf(quotes, sentence, token).map(List::of).orElse(List.of());
    }
}
