package org.annals.events;

import static org.annals.events.CodedEvents.described;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The coder's rules for breadth: word ownership, text order, actors found through parts and issued texts. */
class CoverageRulesTest {

    @Test
    void theUs_isTheCountryNotThePronoun() {
        List<String> events = described("The US suspended military aid to Colombia.");
        assertEquals(List.of("USA 162 COL"), events);
    }

    @Test
    void aSpecificRuleAbove_ownsTheWord() {
        List<String> events = described("Cuba rejected the accusations by the United States.");
        assertEquals(List.of("CUB 016 USA"), events);
    }

    @Test
    void events_comeInTheOrderOfTheirWords() {
        List<String> events = described("Peru accused Chile of sending tanks to the border.");
        assertTrue(events.size() >= 2 && events.get(0).startsWith("PER 112 CHL"), events.toString());
    }

    @Test
    void aGroupOfAnActor_standsForIt() {
        List<String> events = described("A group of Chilean students blocked the highway.");
        assertEquals(List.of("CHLEDU 144 -"), events);
    }

    @Test
    void firingAtSomeone_isUseOfForce_firingSomeoneIsNot() {
        assertEquals(List.of("VENMIL 190 VENCVL"), described("Venezuelan troops fired on protesters in Caracas."));
        assertEquals(List.of("ISRMIL 190 PSEREB"), described("Israeli soldiers shot at Palestinian militants."));
        // Fired from a job, fired at nothing that is an actor: no event.
        assertTrue(described("The Venezuelan government fired the central bank chief.").stream()
                .noneMatch(e -> e.contains(" 190 ")));
        assertEquals(List.of(), described("Venezuelan troops fired at the wall."));
    }

    @Test
    void passiveWithoutAgent_namesNoAttacker() {
        List<String> events = described("Colombia suspended aid deliveries after a convoy was attacked.");
        assertTrue(events.stream().noneMatch(e -> e.contains(" 190 ")), events.toString());
    }

    @Test
    void armedGroups_areActors() {
        List<String> events = described("The Taliban attacked a police checkpoint in Kandahar.");
        assertEquals("AFGREBTAL 190", events.get(0).substring(0, "AFGREBTAL 190".length()), events.toString());
    }

    @Test
    void aidWithoutANamedRecipient_isStillAid() {
        assertEquals(List.of("DEU 070 -"), described("Germany provided humanitarian aid."));
    }

    @Test
    void aReport_speaksForWhoIssuedIt() {
        List<String> events = described("Amnesty International published a report accusing the Nigerian army of torture.");
        assertTrue(events.stream().anyMatch(e -> e.startsWith("NGOAMN 112 NGAMIL")), events.toString());
    }

    @Test
    void aCapitalAsTheObjectOrPartnerOfAVerb_isItsGovernment() {
        assertEquals(List.of("CHN 020 USAGOV"), described("China urged Washington to lift the sanctions."));
        assertEquals(List.of("CHNGOV 112 USAGOV"), described("Beijing accused Washington of interfering in its affairs."));
    }

    @Test
    void aCapitalOneGoesTo_staysAPlace() {
        List<String> events = described("The Venezuelan foreign minister flew to Moscow and met Russian officials.");
        assertTrue(events.stream().noneMatch(e -> e.endsWith("RUSGOV") && e.contains(" 042 ")), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.startsWith("VENGOV 040 RUSGOV")), events.toString());
    }

    @Test
    void aNamedActCondemned_isNotTheCondemnersAct() {
        List<String> events = described("Moscow condemned the air strikes.");
        assertEquals(List.of("RUSGOV 111 -"), events);
    }
}
