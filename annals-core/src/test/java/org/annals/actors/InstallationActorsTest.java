package org.annals.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.pipeline.SharedCoder;
import org.junit.jupiter.api.Test;

/**
 * Role words from PETRARCH's agent practice: an installation stands for the force that holds it (an attack on a base is
 * an attack on that military), and victims are civilians.
 */
class InstallationActorsTest {

    private static List<String> attacks(String text) {
        return SharedCoder.code(text, "2019-01-23").events().stream().filter(e -> e.code().startsWith("19"))
                .map((Event e) -> e.source().code() + " " + e.code() + " " + e.target().map(Actor::code).orElse("-"))
                .toList();
    }

    @Test
    void militaryBaseAndPoliceStation_areTheMilitaryAndThePoliceOfTheirCountry() {
        assertEquals(List.of("AFGREBTAL 190 AFGCOP"),
                attacks("Taliban fighters stormed a police headquarters in eastern Afghanistan."));
        assertTrue(attacks("Gunmen attacked an Afghan army base on Monday.").stream().anyMatch(e -> e.endsWith(" AFGMIL")),
                attacks("Gunmen attacked an Afghan army base on Monday.").toString());
    }

    @Test
    void bareBaseOrHeadquarters_isNoActor() {
        assertTrue(attacks("Hackers attacked the company's headquarters in Texas.").stream()
                .noneMatch(e -> e.endsWith("MIL") || e.endsWith("COP")));
    }

    @Test
    void victims_areTheCiviliansOfWhereTheyAre() {
        List<String> aid = SharedCoder.code("Japan sent aid to flood victims in Pakistan.", "2019-01-23").events().stream()
                .map((Event e) -> e.source().code() + " " + e.code() + " " + e.target().map(Actor::code).orElse("-"))
                .toList();
        assertEquals(List.of("JPN 070 PAKCVL"), aid);
    }
}
