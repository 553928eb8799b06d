package org.annals.events;

import static org.annals.events.CodedEvents.asserted;
import static org.annals.events.CodedEvents.describe;
import static org.annals.events.CodedEvents.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.model.Event;
import org.annals.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * The rules added for recall on ConfliBERT's development sentences (docs/evaluation.md): deliberation, claims of one's
 * own act, passive subjects, offices, phrase fallbacks for misparsed objects, aid in kind, national agencies.
 */
class RecallRulesTest {

    @Test
    void deliberation_isItsOwnActAndTheConsideredActStaysHypothetical() {
        List<Event> events = events("Japan is considering imposing sanctions on North Korea.");
        // The deliberation concerns the party of the considered act.
        assertEquals("JPN 014 PRK", describe(events.get(0)), events.toString());
        assertTrue(events.get(0).isAsserted());
        assertTrue(events.stream().anyMatch(e -> e.code().equals("163") && e.modality().contains(Modality.HYPOTHETICAL)),
                events.toString());
        assertEquals(List.of("JPN 014 PRK"), asserted("Japan is considering imposing sanctions on North Korea."));
    }

    /** The parser reads "sending" as a participle of "aid" here; the aid is still only under consideration. */
    @Test
    void aGerundMisparsedUnderDeliberation_staysHypothetical() {
        List<Event> events = events("Japan is considering sending aid.");
        assertEquals(List.of("JPN 014 -"), asserted("Japan is considering sending aid."), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.code().equals("070") && e.modality().contains(Modality.HYPOTHETICAL)),
                events.toString());
    }

    @Test
    void consideredByOthers_isNoDeliberation() {
        assertTrue(asserted("Hamas is considered a terrorist group by Israel.").stream().noneMatch(e -> e.startsWith("PSE")),
                "the passive subject deliberates nothing");
    }

    @Test
    void consideringSomeoneSomething_judgesAndDeliberatesNothing() {
        assertTrue(events("Colombia does not consider Maduro to have the authority to expel diplomats.").stream()
                .noneMatch(e -> e.code().equals("014")));
    }

    @Test
    void announcedCooperation_isAnIntentFirstAndTheActStaysFuture() {
        List<Event> events = events("The FARC said they will release the hostages.");
        assertEquals("COLREBFRC 0353", describe(events.get(0)).substring(0, 14), events.toString());
        assertTrue(events.get(0).modality().isEmpty(), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.code().equals("0841") && e.modality().contains(Modality.FUTURE)),
                events.toString());
    }

    @Test
    void wouldInWhatSomeoneSaid_isTheFutureNotAHypothesis() {
        List<Event> events = events("Ethiopia said it would allow humanitarian access to Tigray.");
        assertEquals("ETH 0355", describe(events.get(0)).substring(0, 8), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.code().equals("0863") && e.modality().contains(Modality.FUTURE)),
                events.toString());
    }

    @Test
    void aPassiveSubject_isNeverTheSource() {
        assertEquals(List.of(), asserted("Venezuelan troops were deployed to the border."));
    }

    @Test
    void aClaimOfOnesOwnAct_isAClaimOfResponsibility() {
        List<String> events = asserted("The Houthis claimed that they had attacked the Saudi airport of Abha.");
        // Abha, a Saudi city, stands for Saudi Arabia (TargetPhraseTest), and the claim takes the attack's target.
        assertEquals("YEMREBHTH 015 SAU", events.get(0), events.toString());
    }

    @Test
    void aClaimOfSomeoneElsesAct_isNoClaimOfResponsibility() {
        List<String> events = asserted("Iran claimed that the Houthis had attacked the Saudi airport of Abha.");
        assertTrue(events.stream().noneMatch(e -> e.contains(" 015 ")), events.toString());
    }

    @Test
    void rejectedAccusations_areADenialEvenWhenTheParseMissesTheObject() {
        List<String> events = asserted("The Cuban government has rejected accusation it is covering up the deaths of prisoners.");
        assertEquals("CUBGOV 016 -", events.get(0), events.toString());
    }

    @Test
    void anOffice_speaksForItsHolder() {
        assertEquals(List.of("VENGOV 011 -"), asserted("The office of the Venezuelan president declined to comment."));
    }

    @Test
    void nationalAgencies_areTheirGovernments() {
        assertEquals("USACOP 090", asserted("The FBI has opened an investigation into the bank.").get(0).substring(0, 10));
        assertEquals("USAMIL 190", asserted("The Pentagon said it attacked five bases in Iraq.").get(0).substring(0, 10));
    }

    @Test
    void critics_areCivilians() {
        List<String> events = asserted("Critics accused the Hungarian government of attacking civil society.");
        assertTrue(events.get(0).matches("...CVL 112 HUNGOV"), events.toString());
    }

    @Test
    void hopeExpressedBeforeAClause_isStillHope() {
        List<String> events = asserted("Croatian experts have expressed hopes the Croatian government will change its policy.");
        assertEquals("HRVCVL 013 HRVGOV", events.get(0), events.toString());
    }

    @Test
    void aidGivenInKind_isAid() {
        List<String> events = asserted("Ireland has provided over 3.5 million euros in humanitarian funding to Lebanon.");
        assertTrue(events.get(0).startsWith("IRL 070"), events.toString());
    }

    @Test
    void callingOffAStrike_easesDissent() {
        List<String> events = asserted("Brazilian workers called off a strike that had paralysed the ports.");
        assertEquals("BRALAB 082 -", events.get(0), events.toString());
    }

    @Test
    void lettingFree_isARelease() {
        List<String> events = asserted("Egypt let free the activist Mohamed Soltan.");
        assertEquals("EGY 0841", events.get(0).substring(0, 8), events.toString());
    }
}
