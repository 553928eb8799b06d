package org.annals.events;

import static org.annals.events.CodedEvents.asserted;
import static org.annals.events.CodedEvents.assertedEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Targets read from the act's own phrase when the pattern's paths find none ({@link TargetPhrase}), and the target
 * paths that start at the trigger or climb to its governor ({@link TargetPaths}).
 */
class TargetPhraseTest {

    @Test
    void anActorInTheObjectPhrase_isTheTarget() {
        assertEquals(List.of("GBR 110 IGOUNO", "FRA 110 IGOUNO"),
                asserted("The United Kingdom and France have opposed resolutions in the United Nations."));
    }

    @Test
    void aPrepositionalPhraseTheParserHangsOnTheObject_stillGivesTheTarget() {
        // The parser hangs "to Fiji" on the money, not on the verb that the pattern's obl:to path starts from.
        List<String> events = asserted(
                "The New Zealand government provided an additional $2 million in assistance to Fiji.");
        assertEquals("NZLGOV 070 FJI", events.get(0), events.toString());
    }

    @Test
    void whatIsSent_isNotTheTarget() {
        List<String> events = asserted(
                "Britain has sent 100 armoured patrol vehicles and a team of paratroopers to Lebanon.");
        assertEquals(List.of("GBR 070 LBN"), events);
    }

    @Test
    void aPlaceAbroad_standsForItsCountry() {
        List<Event> events = assertedEvents("Turkey and Russia announced a ceasefire in Idlib on Thursday.");
        assertEquals(List.of("TUR 0871 SYR", "RUS 0871 SYR"), events.stream().map(CodedEvents::describe).toList());
        Actor idlib = events.get(0).target().orElseThrow();
        assertEquals("Idlib", idlib.text());
        assertTrue(idlib.entryId().startsWith("place:") && idlib.reason().contains("stands for its country"),
                idlib.toString());
    }

    @Test
    void aPlaceAtHome_isWhereNotWhom_exceptForCoercion() {
        List<String> complaint = asserted("Iran complained about an illegal rally in Tehran.");
        assertEquals(List.of("IRN 114 -"), complaint);
        List<String> curfew = asserted("Indian authorities have imposed a curfew in parts of Kashmir.");
        assertTrue(curfew.get(0).matches("INDGOV 172 (IND|PAK)"), curfew.toString());
    }

    @Test
    void anActorIsNotItsOwnTarget() {
        // "its troops" is Pakistan's own force, the thing withdrawn; the place it leaves is the target.
        List<String> events = asserted("Pakistan withdrew its troops from the Afghan border town of Chaman.");
        assertTrue(events.stream().noneMatch(e -> e.endsWith(" PAKMIL") || e.endsWith(" PAK")), events.toString());
    }

    @Test
    void aControlledInfinitive_carriesTheTargetOfItsAct() {
        List<String> events = asserted("The United Nations is willing to send more resources to Colombia.");
        assertEquals("IGOUNO 030 COL", events.get(0), events.toString());
    }

    @Test
    void aSeparateActOrAPurpose_isNotReadForTheTarget() {
        // "killing five people" is another act; the shelled enclave is the target.
        List<String> events = asserted("Syrian warplanes pounded the rebel-held enclave of eastern Ghouta, killing five people.");
        assertTrue(events.get(0).startsWith("SYRMIL 194 "), events.toString());
        assertTrue(!events.get(0).endsWith("CVL"), events.toString());
    }

    @Test
    void whoMustAct_isTheTargetOfTheDemand() {
        assertEquals("RUS 100 ISR", asserted("Russia says that Israel must end attacks on Syria.").get(0));
        // Nobody is their own target: the next path is tried, here the phrase.
        assertEquals("USA 100 EGY", asserted("The United States must continue military aid to Egypt.").get(0));
    }

    @Test
    void aComplaintMadeOnASummons_isAimedAtWhoWasSummoned() {
        assertEquals("PAK 114 FRAGOV",
                asserted("Pakistan summoned France's ambassador on Monday to complain about a campaign.").get(0));
    }

    @Test
    void whoseOfferWasSpurned_isTheTarget_thoughTheParserHangsItOnTheVerb() {
        assertEquals(List.of("AFGREBTAL 120 AFGGOV"),
                asserted("The Taliban has spurned repeated offers for peace talks by the Kabul government this year."));
    }

    @Test
    void aidSentToHelpSomeone_isAimedAtThem() {
        assertEquals(List.of("JPN 070 NPL"), asserted("Japan has sent medical supplies to help Nepal."));
    }
}
