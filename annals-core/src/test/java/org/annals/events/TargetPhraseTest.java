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
        // "killing five people" is another act, not walked into from "pounded"; with the enclave unknown to the
        // gazetteer, the people killed are the target by nearness alone, and the target's reason says so.
        List<Event> events = assertedEvents(
                "Syrian warplanes pounded the rebel-held enclave of eastern Ghouta, killing five people.");
        Event pounding = events.get(0);
        assertTrue(CodedEvents.describe(pounding).startsWith("SYRMIL 194 "), events.toString());
        assertTrue(pounding.target().map(t -> !t.code().endsWith("CVL") || t.reason().contains(TargetPhrase.NEARNESS))
                .orElse(true), pounding.toString());
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
        // The parser often gives the complaint to the ambassador (object control); the summoner makes it.
        assertEquals(List.of("LTU 114 RUSGOV"), asserted(
                "Lithuania had summoned the Russian ambassador to complain about repeated Russian naval activities."));
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

    @Test
    void theSecondOfTwoVerbs_sharesTheObjectTheParserHangsOnTheFirst() {
        List<String> events = asserted("The Palestinian government rejects and condemns the US administration's decision.");
        assertTrue(events.stream().anyMatch(e -> e.startsWith("PSEGOV 111 USA")), events.toString());
        // An object before the second verb is the first verb's alone: the condemnation's phrase does not lend it,
        // only nearness does, as the last resort, and says so.
        List<Event> own = assertedEvents("The Myanmar government rejected the UN's findings and condemned the attacks.");
        assertEquals(List.of("MMRGOV 120 IGOUNO", "MMRGOV 111 IGOUNO"), own.stream().map(CodedEvents::describe).toList());
        assertTrue(!own.get(0).target().orElseThrow().reason().contains(TargetPhrase.NEARNESS), own.toString());
        assertTrue(own.get(1).target().orElseThrow().reason().contains(TargetPhrase.NEARNESS), own.toString());
    }

    @Test
    void noPathNorPhrase_theNearestActorOfKnownCountry_isTheTargetAndSaysSo() {
        // The parser hangs the dispute on "end", a clause below "accepted" that the phrase walk does not enter.
        List<Event> events = assertedEvents("Chile has accepted a formula likely to lead to an end of its dispute with Bolivia.");
        assertEquals(List.of("CHL 030 BOL"), events.stream().map(CodedEvents::describe).toList());
        String reason = events.get(0).target().orElseThrow().reason();
        assertTrue(reason.contains(TargetPhrase.NEARNESS) && reason.contains("nearest actor to 'accepted', 13 words away"),
                reason);
    }

    @Test
    void nearness_looksNoFurtherThanItsWindow_andPassesOverActorsOfUnknownCountry() {
        // Bolivia is more than fifteen words from "accepted": no target, rather than a far one.
        List<String> far = asserted("Chile has accepted a formula that its negotiators, after many long and difficult"
                + " weeks of talks in a neutral city, said would settle the old dispute with Bolivia.");
        assertEquals("CHL 030 -", far.get(0), far.toString());
        // "the families" is nobody's country; nearness takes no actor it cannot place.
        List<String> unknown = asserted("The Red Cross accepted a plan likely to lead to an end of the dispute with the families.");
        assertTrue(unknown.get(0).endsWith(" -"), unknown.toString());
    }

    @Test
    void aRegionOfTheWorld_isATarget_withItsCameoCode() {
        assertEquals(List.of("DEU 070 WAF"), asserted("Germany has sent medical supplies to West Africa."));
        assertEquals("USA 130 MEAGOV", asserted("The United States warned Middle Eastern governments.").get(0));
    }

    @Test
    void anActDoneToATerritory_mayBeAimedAtAPlaceAtHome() {
        assertEquals(List.of("PHLMIL 152 PHL"), asserted("Philippine troops remained on alert in Manila."));
        // A region named for its country is such a place: the source's own country, yet the target.
        assertEquals(List.of("INDMIL 152 IND"), asserted("Indian troops remained on alert in Ladakh."));
        assertEquals("LBYGOV 0871 LBY", asserted("Libya's authorities declared a ceasefire in Tripoli.").get(0));
        // A statement is not: where it was made is not whom it was aimed at.
        assertEquals(List.of("IRN 114 -"), asserted("Iran complained about an illegal rally in Tehran."));
        assertEquals(List.of("SDN 114 -"), asserted("Sudan complained about an illegal rally in Darfur."));
    }

    @Test
    void theActsOwnPhrase_comesBeforeItsPurpose() {
        assertEquals(List.of("USAGOV 030 TUR"), asserted(
                "The US government is willing to offer some military assistance to Turkey to assist an insurgency against Syria."));
    }

    @Test
    void aPhraseLedByACopula_isWalkedFromItsHeadWord() {
        assertEquals(List.of("USA 012 RUS"),
                asserted("The United States has said it is skeptical of a Russian announcement."));
    }

    @Test
    void whatIsHopedFor_isAimedAtWhoIsToAct() {
        assertEquals(List.of("TURGOV 013 GRCGOV"),
                asserted("Turkey's top diplomat voiced hope that the new government in Greece will help."));
    }

    @Test
    void anExampleAndAPassiveParticiplesAgent_areInThePhrase() {
        assertEquals(List.of("USAELI 020 SAU"), asserted("President Bush urged valued partners like Saudi Arabia to move toward freedom."));
        List<String> events = asserted("Russia's Supreme Court rejected an appeal lodged by the Ukrainian government.");
        assertEquals(List.of("RUSJUD 120 UKRGOV"), events);
    }

    @Test
    void anOptionConsidered_isAimedAtWhomTheOptionIs() {
        List<String> events = asserted("The South Korean government is considering sending aid to help North Korea.");
        assertTrue(events.contains("KORGOV 014 PRK"), events.toString());
    }

    @Test
    void anActThatIsThePurposeOfASending_isAimedAtWhereItWasSent() {
        List<String> events = asserted(
                "France has sent seven military experts to Saudi Arabia to investigate the attacks on oil facilities.");
        assertTrue(events.contains("FRA 090 SAU"), events.toString());
    }

    @Test
    void whatTheSourceOwns_isNotItsTarget() {
        List<String> events = asserted("Pakistan is willing to withdraw its troops from the disputed territory of Kashmir.");
        assertTrue(events.stream().noneMatch(e -> e.startsWith("PAK 030 PAK")), events.toString());
    }

    @Test
    void aGerundANounTakes_isInThePhrase() {
        assertEquals(List.of("CHN 012 PRK"), asserted(
                "China expressed pessimism about bringing the North Korean standoff to a peaceful resolution."));
    }

    @Test
    void aPartyOfTheSourcesOwnCountry_mayBeItsTarget() {
        List<String> banned = asserted("Venezuela has banned a second opposition member, former mayor Vicencio Scarano, "
                + "from holding public office for a year.");
        assertEquals(List.of("VEN 172 VENELI"), banned);
    }

    @Test
    void theOtherPartyOfARelationNoun_isInThePhrase_butNotAnInstrument() {
        assertEquals(List.of("IRNGOV 012 USA"), asserted(
                "Iran's Supreme Leader Ayatollah Ali Khamenei has expressed pessimism over holding negotiations with the United States."));
        List<String> events = asserted("Israeli jets struck the camp with American bombs.");
        assertTrue(events.stream().noneMatch(e -> e.endsWith(" USA")), events.toString());
    }

    @Test
    void aNameTheRegistryDoesNotKnow_isTheTarget_withItsCountryUnknown() {
        assertEquals(List.of("TURGOV 112 ---"),
                asserted("Since 2013, Erdogan has accused Gulen of attempting to overthrow the Turkish government."));
        // Where a path leads, though the phrase is not walked there (a clause).
        assertEquals(List.of("IGOUNO 013 ---"), asserted("UN diplomats said they hoped that Gambari would be in Myanmar soon."));
        // Only a name: a common noun that is no actor stays no target.
        assertEquals(List.of("IRQLEG 120 -"), asserted("The Iraqi parliament rejected the council decision."));
    }

    @Test
    void theOneHelped_andAQuantityAfterAPreposition_areInThePhrase() {
        assertEquals(List.of("DEUGOV 070 HTI"), asserted(
                "The German government has earmarked 1.5 million euros in emergency aid to help Haiti cope with the earthquake."));
        assertEquals(List.of("IRL 070 LBN"), asserted(
                "Ireland has already provided over € 3.5 million in humanitarian funding to Lebanon in 2020."));
    }

    @Test
    void peopleAnObjectConstraintNames_areActedUpon_notMeans() {
        List<String> events = asserted("Slovakia says it will not accept Syrian refugees under a relocation scheme.");
        assertTrue(events.stream().anyMatch(e -> e.startsWith("SVK 124 SYR")), events.toString());
    }
}
