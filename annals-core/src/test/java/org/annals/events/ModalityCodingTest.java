package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.model.Modality;
import org.annals.pipeline.SharedCoder;
import org.junit.jupiter.api.Test;

/** PLOVER's auxiliary modes on sentences written to show them: hypothetical and reported acts, paired codes. */
class ModalityCodingTest {

    private static List<Event> code(String text) {
        return SharedCoder.code(text, "2019-02-26").events();
    }

    /** "SOURCE CODE TARGET [MODALITY] claimant RULE", one line per event. */
    private static List<String> describe(String text) {
        return code(text).stream().map(e -> e.source().code() + " " + e.code() + " " + e.target().map(Actor::code).orElse("-")
                + " " + e.modality() + " " + e.claimant().map(Actor::code).orElse("-") + " " + e.rule()).toList();
    }

    @Test
    void modalCould_keepsTheActAsHypothetical() {
        List<Event> events = code("The United States could impose sanctions on Cuba.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("163", events.get(0).code());
        assertEquals(Set.of(Modality.HYPOTHETICAL), events.get(0).modality());
        assertFalse(events.get(0).isAsserted());
    }

    @Test
    void modalWould_isHypothetical() {
        List<String> events = describe("Mexico would recognize Juan Guaidó.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).startsWith("MEX 054 VEN") && events.get(0).contains("[HYPOTHETICAL]"), events.toString());
    }

    @Test
    void ifClause_isHypothetical() {
        List<Event> events = code("If Colombia expels Venezuelan diplomats, Venezuela will protest.").stream()
                .filter(e -> e.code().equals("174")).toList();
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).modality().contains(Modality.HYPOTHETICAL), events.toString());
    }

    @Test
    void mainClauseOfAConditional_isHypothetical() {
        List<Event> events = code("If Cuba refuses, the United States will impose sanctions on Cuba.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(Set.of(Modality.HYPOTHETICAL, Modality.FUTURE), events.get(0).modality());
    }

    @Test
    void consideringSanctions_isHypothetical_butNotConsideringThemIsNothing() {
        // The deliberating is itself an act (014, consider policy option); what is considered is not done.
        List<String> events = describe("Mexico is considering sanctions against Venezuela.");
        assertEquals(List.of("MEX 014 VEN [] - consider-option", "MEX 163 VEN [HYPOTHETICAL] - sanctions-noun"), events);
        assertEquals(List.of("MEX 014 VEN [NEGATED] - consider-option"),
                describe("Mexico is not considering sanctions against Venezuela."));
    }

    @Test
    void weighingAnAct_isHypothetical() {
        List<String> events = describe("Colombia is weighing expelling Venezuelan diplomats.");
        assertEquals(List.of("COL 014 VENGOV [] - consider-option", "COL 174 VENGOV [HYPOTHETICAL] - expel"), events);
    }

    @Test
    void threat_keepsItsThreatCode_andTheThreatenedActIsNotCoded() {
        List<Event> events = code("Colombia threatened to expel Venezuelan diplomats.");
        assertTrue(events.stream().noneMatch(e -> e.code().equals("174")), events.toString());
    }

    @Test
    void accusation_reportsTheAccusedsAct_withTheAccuserAsClaimant() {
        List<String> events = describe("Colombia accused Venezuela of attacking Brazil.");
        assertTrue(events.contains("COL 112 VEN [] - accuse"), events.toString());
        assertTrue(events.contains("VEN 190 BRA [REPORTED] COL attack"), events.toString());
    }

    @Test
    void thirdPartySaying_reportsTheAct() {
        List<String> events = describe("Brazil said that Venezuela expelled two Colombian diplomats.");
        assertEquals(List.of("VEN 174 COLGOV [REPORTED] BRA expel"), events);
    }

    @Test
    void actorsOwnWord_isTheActNotAReport() {
        List<String> events = describe("Colombia said it expelled two Venezuelan diplomats.");
        assertEquals(List.of("COL 174 VENGOV [] - expel"), events);
    }

    @Test
    void accordingTo_namesTheClaimant() {
        List<String> events = describe("According to Brazil, Venezuela expelled two Colombian diplomats.");
        assertEquals(List.of("VEN 174 COLGOV [REPORTED] BRA expel"), events);
    }

    @Test
    void reportedly_reportsWithoutAClaimant() {
        List<Event> events = code("Venezuela reportedly expelled two Colombian diplomats.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(Set.of(Modality.REPORTED), events.get(0).modality());
        assertEquals(Optional.empty(), events.get(0).claimant());
        assertTrue(events.get(0).isAsserted(), "a reported act still counts");
    }

    @Test
    void visit_alsoCodesTheHostsSide() {
        List<String> events = describe("Colombia's president visited Brazil.");
        assertEquals(List.of("COLGOV 042 BRA [] - visit", "BRA 043 COLGOV [] - visit:mirror"), events);
    }

    @Test
    void hosting_alsoCodesTheVisitorsSide() {
        List<String> events = describe("Brazil hosted Colombia's president.");
        assertEquals(List.of("BRA 043 COLGOV [] - host", "COLGOV 042 BRA [] - host:mirror"), events);
    }
}
