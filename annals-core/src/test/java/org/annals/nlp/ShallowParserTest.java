package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.Span;
import org.junit.jupiter.api.Test;

/** The shallow parse gives the relations the event and actor stages read, on the clause shapes news uses most. */
class ShallowParserTest {

    /** Tokens from "word/TAG" or "word/TAG/lemma" (the lemma defaults to the lower-case word). */
    private static List<Token> tokens(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String item : tagged.split(" ")) {
            String[] parts = item.split("/");
            String lemma = parts.length > 2 ? parts[2] : parts[0].toLowerCase();
            tokens.add(new Token(tokens.size(), parts[0], lemma, parts[1], "O",
                    new Span(offset, offset + parts[0].length())));
            offset += parts[0].length() + 1;
        }
        return tokens;
    }

    /** The edges as "relation(governor word, dependent word)". */
    private static List<String> edges(String tagged) {
        List<Token> tokens = tokens(tagged);
        List<String> out = new ArrayList<>();
        for (Dependency d : ShallowParser.parse(tokens)) {
            String governor = d.governor() < 0 ? "ROOT" : tokens.get(d.governor()).word();
            out.add(d.relation() + "(" + governor + ", " + tokens.get(d.dependent()).word() + ")");
        }
        return out;
    }

    private static void assertHas(List<String> edges, String... wanted) {
        for (String w : wanted) {
            assertTrue(edges.contains(w), w + " missing from " + edges);
        }
    }

    @Test
    void simpleClause_subjectObjectAndPrepositionalPhrase() {
        List<String> e = edges("Venezuela/NNP expelled/VBD/expel the/DT Colombian/JJ ambassador/NN on/IN Monday/NNP ./.");
        assertHas(e, "root(ROOT, expelled)", "nsubj(expelled, Venezuela)", "obj(expelled, ambassador)",
                "det(ambassador, the)", "amod(ambassador, Colombian)", "obl:on(expelled, Monday)", "case(Monday, on)");
    }

    @Test
    void passive_subjectAndAgent() {
        List<String> e = edges("Diplomats/NNS/diplomat were/VBD/be expelled/VBN/expel by/IN Venezuela/NNP ./.");
        assertHas(e, "nsubj:pass(expelled, Diplomats)", "aux:pass(expelled, were)", "obl:agent(expelled, Venezuela)");
    }

    @Test
    void controlVerb_objectAndInfinitive() {
        List<String> e = edges("Maduro/NNP ordered/VBD/order U.S./NNP diplomats/NNS/diplomat to/TO leave/VB "
                + "within/IN 72/CD hours/NNS/hour");
        assertHas(e, "nsubj(ordered, Maduro)", "obj(ordered, diplomats)", "compound(diplomats, U.S.)",
                "xcomp(ordered, leave)", "mark(leave, to)", "obl:within(leave, hours)", "nummod(hours, 72)");
    }

    @Test
    void reportedClause_isTheComplementOfTheSpeechVerb_andNegationStaysOnItsVerb() {
        List<String> e = edges("Pompeo/NNP said/VBD/say the/DT United/NNP States/NNP would/MD not/RB comply/VB ./.");
        assertHas(e, "nsubj(said, Pompeo)", "ccomp(said, comply)", "nsubj(comply, States)", "aux(comply, would)",
                "advmod(comply, not)");
    }

    @Test
    void coordinatedClause_joinsTheFirstClauseAtItsHead() {
        List<String> e = edges("Maduro/NNP told/VBD/tell diplomats/NNS/diplomat to/TO leave/VB ,/, and/CC "
                + "Pompeo/NNP refused/VBD/refuse ./.");
        assertHas(e, "conj:and(told, refused)", "nsubj(refused, Pompeo)", "xcomp(told, leave)");
    }

    @Test
    void coordinatedObjects_eachHangFromTheVerb() {
        List<String> e = edges("The/DT US/NNP recognized/VBD/recognize Guaidó/NNP and/CC his/PRP$ government/NN ./.");
        assertHas(e, "obj(recognized, Guaidó)", "conj:and(Guaidó, government)", "obj(recognized, government)");
    }

    @Test
    void possessive_andOfPhrase() {
        List<String> e = edges("The/DT US/NNP rejected/VBD/reject Maduro/NNP 's/POS order/NN of/IN expulsion/NN");
        assertHas(e, "nmod:poss(order, Maduro)", "case(Maduro, 's)", "obj(rejected, order)", "nmod:of(order, expulsion)");
    }

    @Test
    void relativeClauseAndApposition_doNotSteal_theMainSubject() {
        List<String> e = edges("Guaidó/NNP ,/, who/WP leads/VBZ/lead the/DT assembly/NN ,/, declared/VBD/declare "
                + "himself/PRP president/NN");
        assertHas(e, "acl:relcl(Guaidó, leads)", "nsubj(leads, who)", "obj(leads, assembly)", "nsubj(declared, Guaidó)");
        List<String> a = edges("Juan/NNP Guaidó/NNP ,/, the/DT head/NN of/IN the/DT National/NNP Assembly/NNP ,/, "
                + "declared/VBD/declare himself/PRP president/NN");
        assertHas(a, "appos(Guaidó, head)", "nmod:of(head, Assembly)", "nsubj(declared, Guaidó)");
    }

    @Test
    void conditionalClause_isAnAdverbialOfTheMainClause() {
        List<String> e = edges("If/IN the/DT US/NNP invades/VBZ/invade ,/, Venezuela/NNP will/MD respond/VB");
        assertHas(e, "advcl(respond, invades)", "mark(invades, If)", "nsubj(invades, US)", "nsubj(respond, Venezuela)",
                "root(ROOT, respond)");
    }

    @Test
    void accusation_ofAGerund() {
        List<String> e = edges("Colombia/NNP accused/VBD/accuse Venezuela/NNP of/IN attacking/VBG/attack Brazil/NNP");
        assertHas(e, "obj(accused, Venezuela)", "advcl:of(accused, attacking)", "obj(attacking, Brazil)");
    }

    @Test
    void everyTokenHasAtMostOneBasicHead_andOneRoot() {
        List<Token> t = tokens("Protesters/NNS/protester marched/VBD/march in/IN Caracas/NNP on/IN Wednesday/NNP ,/, "
                + "police/NNS/police said/VBD/say ./.");
        List<Dependency> d = ShallowParser.parse(t);
        assertEquals(1, d.stream().filter(x -> x.governor() == Dependency.ROOT).count(), d.toString());
        List<String> e = edges("Protesters/NNS/protester marched/VBD/march in/IN Caracas/NNP on/IN Wednesday/NNP ,/, "
                + "police/NNS/police said/VBD/say ./.");
        assertHas(e, "nsubj(marched, Protesters)", "obl:in(marched, Caracas)", "parataxis(marched, said)",
                "nsubj(said, police)");
    }

    @Test
    void quantifierBeforeANumber_staysWithItsNoun() {
        List<String> e = edges("At/IN least/JJS 23/CD civilians/NNS/civilian were/VBD/be killed/VBN/kill ./.");
        assertHas(e, "nsubj:pass(killed, civilians)", "advmod(civilians, least)");
        List<String> m = edges("Forces/NNS/force killed/VBD/kill more/JJR than/IN 500/CD civilians/NNS/civilian");
        assertHas(m, "obj(killed, civilians)");
    }

    @Test
    void participleAfterAComma_saysMoreOfTheMainClause() {
        List<String> e = edges("The/DT air/NN force/NN carried/VBD/carry out/RP strikes/NNS/strike in/IN Mosul/NNP ,/, "
                + "killing/VBG/kill dozens/NNS/dozen of/IN fighters/NNS/fighter");
        assertHas(e, "advcl(carried, killing)", "obj(killing, dozens)", "nmod:of(dozens, fighters)");
    }
}
