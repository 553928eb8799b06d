package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PloverMappingTest {
    private final PloverMapping plover = PloverMapping.loadBuiltIn();
    private final CameoCodebook codebook = CameoCodebook.loadBuiltIn();

    @Test
    void everyCameoCodeHasARowPrefix() {
        for (CameoCode code : codebook.all()) {
            assertTrue(plover.of(code.code()).isPresent(), "no PLOVER mapping for " + code.code());
        }
    }

    @Test
    void hypotheticalAndReported_addTheirAuxiliaryContexts() {
        org.annals.model.Actor usa = new org.annals.model.Actor("USA", "U.S.", "U.S.", "x", "x", 0, new org.annals.model.Span(0, 1));
        org.annals.model.Actor cub = new org.annals.model.Actor("CUB", "Cuba", "Cuba", "x", "x", 0, new org.annals.model.Span(2, 3));
        org.annals.model.Event sanctions = new org.annals.model.Event("a", usa, java.util.Optional.of(cub), "163", "16", 4, -8,
                org.annals.model.EventDate.ofDay(java.time.LocalDate.of(2019, 1, 23), "t"), 0, new org.annals.model.Span(0, 3),
                "sanctions", "sanctions-noun", Set.of(org.annals.model.Modality.HYPOTHETICAL, org.annals.model.Modality.REPORTED),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of(cub));
        assertTrue(plover.of(sanctions).orElseThrow().contexts().containsAll(Set.of("hypothetical", "reported")),
                plover.of(sanctions).toString());
        assertTrue(!sanctions.isAsserted() && !sanctions.isNegated());
    }

    @Test
    void everyTypeIsOneOfPloversSixteen() {
        Set<String> types = Set.of("", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
        for (CameoCode code : codebook.all()) {
            String type = plover.of(code.code()).orElseThrow().type();
            assertTrue(types.contains(type), code.code() + " maps to unknown type " + type);
        }
    }

    @Test
    void expellingDiplomats_isASanction_andModalityAddsAuxiliaryContexts() {
        org.annals.model.Actor ven = new org.annals.model.Actor("VENGOV", "Maduro", "Maduro", "x", "x", 0, new org.annals.model.Span(0, 1));
        org.annals.model.Actor usa = new org.annals.model.Actor("USAGOV", "diplomats", "diplomats", "x", "x", 0, new org.annals.model.Span(2, 3));
        org.annals.model.Event expel = new org.annals.model.Event("a", ven, java.util.Optional.of(usa), "174", "17", 4, -5,
                org.annals.model.EventDate.ofDay(java.time.LocalDate.of(2019, 1, 23), "t"), 0, new org.annals.model.Span(0, 3),
                "ordering", "order-to-leave", Set.of(org.annals.model.Modality.FUTURE), java.util.Optional.empty(), java.util.Optional.empty());
        assertEquals(new PloverMapping.Plover("SANCTION", "expel", Set.of("diplomatic", "future")), plover.of(expel).orElseThrow());
    }

    @Test
    void longestPrefixDecides() {
        assertEquals(new PloverMapping.Plover("SUPPORT", "", Set.of("diplomatic")), plover.of("054").orElseThrow());
        assertEquals(new PloverMapping.Plover("SANCTION", "discontinue", Set.of("economic")), plover.of("163").orElseThrow());
        assertEquals("visit", plover.of("042").orElseThrow().mode());
        assertEquals("demo", plover.of("141").orElseThrow().mode());
        assertEquals("deport", plover.of("174").orElseThrow().mode());
        assertEquals("suicide-attack", plover.of("1831").orElseThrow().mode());
        assertEquals("explosives", plover.of("1832").orElseThrow().mode(), "falls back to 183");
        assertEquals("", plover.of("010").orElseThrow().type(), "neutral statements have no PLOVER type");
    }

    @Test
    void words_addContexts_andAModeOnlyWhereTheCodeDoesNotTellIt() {
        PloverMapping.Plover dissent = plover.of(event("140", "COLGOV"),
                "Prisoners in Bogota went on a hunger strike against the corrupt judges.").orElseThrow();
        assertEquals(new PloverMapping.Plover("PROTEST", "hunger", Set.of("corruption", "legal")), dissent);
        assertEquals("demo", plover.of(event("141", "COLGOV"), "Prisoners went on a hunger strike.").orElseThrow().mode(),
                "141 is a demonstration: its code tells the mode");
        assertEquals("demo", plover.of(event("140", "COLGOV"), "Thousands gathered.").orElseThrow().mode(),
                "no words, the code's mode stays");
        assertEquals(new PloverMapping.Plover("ASSAULT", "aerial", Set.of("military")),
                plover.of(event("190", "VENMIL"), "The air force carried out an airstrike.").orElseThrow());
        assertEquals(new PloverMapping.Plover("COERCE", "curfew", Set.of()),
                plover.of(event("170", "VENCVL"), "Police imposed a curfew.").orElseThrow());
        assertEquals("arrest", plover.of(event("173", "VENCVL"), "Police imposed a curfew.").orElseThrow().mode());
    }

    @Test
    void typeNeverChanges_andTheDiplomatsRefinementKeepsItsMode() {
        PloverMapping.Plover expel = plover.of(event("174", "VENGOV"), "Colombia expelled the diplomats and deported migrants.")
                .orElseThrow();
        assertEquals(new PloverMapping.Plover("SANCTION", "expel", Set.of("diplomatic", "migration")), expel);
        for (CameoCode code : codebook.all()) {
            assertEquals(plover.of(code.code()).orElseThrow().type(),
                    plover.of(event(code.code(), "VENCVL"), "Rioting protesters faced a hunger strike, an airstrike, a curfew.")
                            .orElseThrow().type(), code.code());
        }
    }

    @Test
    void withoutEvidence_onlyTheCodeSpeaks() {
        assertEquals(plover.of(event("190", "VENMIL"), "").orElseThrow(), plover.of(event("190", "VENMIL")).orElseThrow());
        assertEquals(new PloverMapping.Plover("ASSAULT", "", Set.of("military")), plover.of(event("190", "VENMIL")).orElseThrow());
    }

    private static org.annals.model.Event event(String code, String target) {
        org.annals.model.Actor col = new org.annals.model.Actor("COLGOV", "Colombia", "Colombia", "x", "x", 0, new org.annals.model.Span(0, 1));
        org.annals.model.Actor other = new org.annals.model.Actor(target, "them", "them", "x", "x", 0, new org.annals.model.Span(2, 3));
        return new org.annals.model.Event("a", col, java.util.Optional.of(other), code, code.substring(0, 2),
                4, -5,
                org.annals.model.EventDate.ofDay(java.time.LocalDate.of(2019, 1, 23), "t"), 0, new org.annals.model.Span(0, 3),
                "x", "x", Set.of(), java.util.Optional.empty(), java.util.Optional.empty());
    }
}
