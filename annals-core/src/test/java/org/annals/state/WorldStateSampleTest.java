package org.annals.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.ingest.InputReader;
import org.annals.ingest.ReadOptions;
import org.annals.model.CodedArticle;
import org.annals.pipeline.SharedCoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The world state acceptance checks, from the sample article alone. */
class WorldStateSampleTest {
    private static final LocalDate DAY = LocalDate.of(2019, 1, 23);
    private static WorldState state;

    @BeforeAll
    static void derive() {
        CodedArticle sample = SharedCoder.get().code(new InputReader(new ReadOptions(Optional.empty()))
                .readAll(List.of(Path.of("src/test/resources/samples/venezuela-2019-01-23.txt"))).get(0)
                .article().orElseThrow());
        state = WorldState.of(sample.events(), DatedMention.of(sample));
    }

    private static Recognition.Stance usaStanceOn(CountryView ven, String claimant) {
        return ven.government().stream().filter(c -> c.party().name().contains(claimant))
                .flatMap(c -> c.stances().stream()).filter(r -> r.recognizer().country().equals("USA"))
                .map(Recognition::stance).findFirst()
                .orElseThrow(() -> new AssertionError("no US stance on " + claimant + " in " + ven.government()));
    }

    @Test
    void usaRecognisesGuaidoAndNotMaduro() {
        CountryView ven = state.country("VEN", DAY);
        assertEquals(Recognition.Stance.RECOGNIZES, usaStanceOn(ven, "Guaid"));
        assertEquals(Recognition.Stance.DOES_NOT_RECOGNIZE, usaStanceOn(ven, "Maduro"));
        assertTrue(ven.government().stream().anyMatch(c -> c.holds() && c.party().name().contains("Maduro")),
                "Maduro holds the office he acts from: " + ven.government());
    }

    @Test
    void titlesGiveOffices() {
        CountryView ven = state.country("VEN", DAY);
        CountryView.Claimant maduro = ven.government().stream().filter(c -> c.party().name().contains("Maduro"))
                .findFirst().orElseThrow();
        assertEquals(List.of(OfficeTitle.Office.HEAD_OF_STATE), maduro.offices().stream().map(OfficeTitle::office).toList());
        CountryView usa = state.country("USA", DAY);
        assertTrue(usa.government().stream().anyMatch(c -> c.party().name().contains("Trump") && c.holds()
                && c.offices().get(0).office() == OfficeTitle.Office.HEAD_OF_STATE), usa.government().toString());
        assertTrue(usa.government().stream().noneMatch(c -> c.party().name().contains("Pompeo")
                && !c.offices().isEmpty()), "a Secretary of State heads nothing: " + usa.government());
    }

    @Test
    void maduroBrokeRelationsContestedByTheUsa() {
        List<RelationsChange> history = state.dyad("USA", "VEN");
        assertEquals(1, history.size(), history.toString());
        RelationsChange change = history.get(0);
        assertEquals(RelationsChange.Status.BROKEN, change.status());
        assertTrue(change.actor().name().contains("Maduro"), change.toString());
        assertEquals(List.of("USA"), change.contestedBy().stream().map(Party::country).toList());
        assertEquals(RelationsChange.Status.BROKEN, state.relationsOn("VEN", "USA", LocalDate.of(2019, 1, 24)));
        assertEquals(RelationsChange.Status.NORMAL, state.relationsOn("VEN", "USA", LocalDate.of(2019, 1, 22)));
    }

    @Test
    void usDiplomatsOrderedOutByTheTwentySixthAndRefused() {
        CountryView usa = state.country("USA", LocalDate.of(2019, 1, 24));
        assertEquals(1, usa.demands().size(), usa.demands().toString());
        CountryView.DemandOn order = usa.demands().get(0);
        assertEquals(Optional.of(LocalDate.of(2019, 1, 26)), order.demand().deadline());
        assertEquals("USA", order.demand().addressee().country());
        assertEquals(Demand.Status.REFUSED, order.status());
    }

    @Test
    void usSanctionsOnMaduroInForceSince2017() {
        CountryView ven = state.country("VEN", LocalDate.of(2019, 1, 24));
        assertEquals(1, ven.sanctions().size(), ven.sanctions().toString());
        Sanction sanction = ven.sanctions().get(0);
        assertEquals("USA", sanction.imposer().country());
        assertTrue(sanction.target().name().contains("Maduro"), sanction.toString());
        assertEquals("2017", sanction.since().value());
        assertTrue(state.country("VEN", LocalDate.of(2017, 6, 1)).sanctions().size() == 1, "in force in 2017 already");
        assertTrue(state.country("VEN", LocalDate.of(2016, 12, 31)).sanctions().isEmpty());
    }

    @Test
    void maduroExpulsionOrderIsVoidForTheUsa() {
        CountryView ven = state.country("VEN", DAY);
        List<OrderStanding> expulsion = ven.standings().stream()
                .filter(s -> s.act().event().code().equals("174")).toList();
        assertEquals(1, expulsion.size(), ven.standings().toString());
        assertEquals("USA", expulsion.get(0).party().country());
        assertFalse(expulsion.get(0).stands());
        assertTrue(expulsion.get(0).issuer().name().contains("Maduro"));
    }
}
