package org.annals.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.annals.model.Event;
import org.annals.pipeline.SharedCoder;
import org.junit.jupiter.api.Test;

/** Multi-article scenarios: short articles coded by the real pipeline, the state read at several dates. */
class WorldStateScenarioTest {

    private static List<Event> articles(String... dateAndText) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < dateAndText.length; i += 2) {
            String article = "article-" + i / 2;
            events.addAll(SharedCoder.code(dateAndText[i + 1], dateAndText[i]).events().stream()
                    .map(e -> new Event(article, e.source(), e.target(), e.code(), e.root(), e.quadClass(),
                            e.goldstein(), e.date(), e.sentence(), e.span(), e.trigger(), e.rule(), e.modality(),
                            e.deadline(), e.location()))
                    .toList());
        }
        return events;
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void relationsBrokenThenRestored() {
        WorldState state = WorldState.of(articles(
                "2019-02-23", "Colombia broke diplomatic ties with Venezuela.",
                "2022-08-28", "Colombia restored diplomatic relations with Venezuela."));
        assertEquals(RelationsChange.Status.NORMAL, state.relationsOn("COL", "VEN", day("2019-01-01")));
        assertEquals(RelationsChange.Status.BROKEN, state.relationsOn("VEN", "COL", day("2020-06-01")));
        assertEquals(RelationsChange.Status.RESTORED, state.relationsOn("COL", "VEN", day("2022-09-01")));
        assertEquals(2, state.dyad("VEN", "COL").size());
    }

    @Test
    void recognitionLaterWithdrawn() {
        WorldState state = WorldState.of(articles(
                "2019-01-24", "Paraguay recognized Juan Guaidó as interim president of Venezuela.",
                "2023-01-05", "Paraguay withdrew its recognition of Juan Guaidó."));
        Party guaido = claimant(state, "VEN", "Guaid", day("2020-01-01"));
        assertEquals(List.of(Recognition.Stance.RECOGNIZES), stances(state, "VEN", guaido, day("2020-01-01")));
        assertEquals(List.of(Recognition.Stance.WITHDREW), stances(state, "VEN", guaido, day("2023-02-01")));
    }

    @Test
    void twoClaimantsRecognisedByDifferentCountries() {
        WorldState state = WorldState.of(articles(
                "2019-01-23", "The United States recognized Juan Guaidó as interim president of Venezuela.",
                "2019-01-24", "Russia recognized Nicolás Maduro as the legitimate president of Venezuela."));
        CountryView ven = state.country("VEN", day("2019-01-25"));
        assertEquals(2, ven.government().size(), ven.government().toString());
        Party guaido = claimant(state, "VEN", "Guaid", day("2019-01-25"));
        Party maduro = claimant(state, "VEN", "Maduro", day("2019-01-25"));
        assertTrue(stanceOf(ven, guaido, "USA") == Recognition.Stance.RECOGNIZES);
        assertTrue(stanceOf(ven, maduro, "RUS") == Recognition.Stance.RECOGNIZES);
        assertTrue(stanceOf(ven, maduro, "USA") == Recognition.Stance.DOES_NOT_RECOGNIZE, "implied by recognising the rival");
        assertTrue(stanceOf(ven, guaido, "RUS") == Recognition.Stance.DOES_NOT_RECOGNIZE, "implied by recognising the rival");
        // Before Russia spoke, it had no stance.
        assertTrue(state.country("VEN", day("2019-01-23")).government().stream()
                .flatMap(c -> c.stances().stream()).noneMatch(r -> r.recognizer().country().equals("RUS")));
    }

    @Test
    void ultimatumThatExpires() {
        WorldState state = WorldState.of(articles(
                "2019-02-23", "Maduro ordered Colombian diplomats to leave Venezuela within 24 hours."));
        CountryView before = state.country("VEN", day("2019-02-23"));
        assertEquals(1, before.demands().size(), before.toString());
        assertEquals(day("2019-02-24"), before.demands().get(0).demand().deadline().orElseThrow());
        assertEquals(Demand.Status.OPEN, before.demands().get(0).status());
        assertEquals(Demand.Status.EXPIRED, state.country("COL", day("2019-02-25")).demands().get(0).status());
    }

    @Test
    void contestedHeadOfState_showsTheHolderAndTheClaimant() {
        var first = SharedCoder.code("President Nicolás Maduro expelled two Colombian diplomats.", "2019-02-23");
        var second = SharedCoder.code("Interim President Juan Guaidó criticized Russia.", "2019-02-24");
        WorldState state = WorldState.of(first.events(), DatedMention.of(first)).with(second.events(), DatedMention.of(second));
        CountryView ven = state.country("VEN", day("2019-02-25"));
        var maduro = ven.government().stream().filter(c -> c.party().name().contains("Maduro")).findFirst().orElseThrow();
        var guaido = ven.government().stream().filter(c -> c.party().name().contains("Guaid")).findFirst().orElseThrow();
        assertTrue(maduro.holds() && maduro.offices().get(0).office() == OfficeTitle.Office.HEAD_OF_STATE, maduro.toString());
        assertTrue(!guaido.holds() && guaido.offices().get(0).office() == OfficeTitle.Office.HEAD_OF_STATE
                && !guaido.offices().get(0).holds(), guaido.toString());
        assertEquals(1, state.country("VEN", day("2019-02-23")).government().size(), "Guaidó's claim is not on record yet");
    }

    @Test
    void orderComplied() {
        WorldState state = WorldState.of(articles(
                "2019-02-23", "Venezuela ordered Colombian diplomats to leave within 72 hours.",
                "2019-02-24", "Colombia complied with Venezuela's order."));
        assertEquals(Demand.Status.OPEN, state.country("COL", day("2019-02-23")).demands().get(0).status());
        assertEquals(Demand.Status.COMPLIED, state.country("COL", day("2019-02-24")).demands().get(0).status());
        assertEquals(Demand.Status.COMPLIED, state.country("COL", day("2019-03-24")).demands().get(0).status(),
                "an answered demand does not expire");
    }

    @Test
    void sameEventsInAnyOrder_giveTheSameState() {
        List<Event> events = articles(
                "2019-01-23", "The United States recognized Juan Guaidó as interim president of Venezuela.",
                "2019-01-24", "Russia recognized Nicolás Maduro as the legitimate president of Venezuela.",
                "2019-02-23", "Colombia broke diplomatic ties with Venezuela.");
        CountryView expected = WorldState.of(events).country("VEN", day("2019-03-01"));
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(expected, WorldState.of(shuffled).country("VEN", day("2019-03-01")));
        WorldState incremental = WorldState.of(shuffled.subList(0, 1)).with(shuffled.subList(1, shuffled.size()));
        assertEquals(expected, incremental.country("VEN", day("2019-03-01")));
    }

    @Test
    void hypotheticalActs_changeNothing() {
        List<Event> events = articles(
                "2019-02-23", "Colombia could break diplomatic ties with Venezuela.",
                "2019-02-24", "Paraguay would recognize Juan Guaidó as interim president of Venezuela.",
                "2019-02-25", "If Cuba refuses, the United States will impose sanctions on Cuba.");
        assertEquals(3, events.size(), events.toString());
        assertTrue(events.stream().allMatch(e -> e.modality().contains(org.annals.model.Modality.HYPOTHETICAL)),
                events.toString());
        WorldState state = WorldState.of(events);
        WorldState nothing = WorldState.of(List.of());
        for (String country : List.of("COL", "VEN", "PRY", "CUB", "USA")) {
            assertEquals(nothing.country(country, day("2019-03-01")), state.country(country, day("2019-03-01")), country);
        }
        assertEquals(List.of(), state.dyad("COL", "VEN"));
    }

    private static Party claimant(WorldState state, String country, String name, LocalDate day) {
        return state.country(country, day).government().stream().map(CountryView.Claimant::party)
                .filter(p -> p.name().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no claimant " + name + " in " + state.country(country, day)));
    }

    private static List<Recognition.Stance> stances(WorldState state, String country, Party claimant, LocalDate day) {
        return state.country(country, day).government().stream().filter(c -> c.party().equals(claimant))
                .flatMap(c -> c.stances().stream()).map(Recognition::stance).toList();
    }

    private static Recognition.Stance stanceOf(CountryView view, Party claimant, String recognizer) {
        return view.government().stream().filter(c -> c.party().equals(claimant)).flatMap(c -> c.stances().stream())
                .filter(r -> r.recognizer().country().equals(recognizer)).map(Recognition::stance).findFirst()
                .orElseThrow(() -> new AssertionError(recognizer + " has no stance on " + claimant + ": " + view));
    }
}
