package org.annals.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** PETRARCH agent dictionaries read as role words ({@link PetrarchAgentReader}). */
class PetrarchAgentReaderTest {
    private static PetrarchAgentReader.Agents read() {
        return new PetrarchAgentReader().read(List.of(
                "<!-- agents -->",
                "!PERSON! = MAN, MEN, WOMAN",
                "DIPLOMAT [~GOV] # made plural",
                "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]",
                "POLICE {} [ ~COP]",
                "CONGRESS!PERSON! [~LEG]",
                "SECRETARY [~GOV]",
                "HUMAN_RIGHTS_BODY [NGO~]",
                "NO CODE HERE"), "agents.txt");
    }

    @Test
    void phrases_getRegularOrGivenPlurals_andSubstitutions() {
        var sectors = read().sectors();
        assertEquals("GOV", sectors.get("diplomat"));
        assertEquals("GOV", sectors.get("diplomats"));
        assertEquals("GOV", sectors.get("secretaries"));
        assertEquals("JUD", sectors.get("attorneys general"));
        assertEquals("COP", sectors.get("police"));
        assertEquals(null, sectors.get("polices"));
        assertEquals("LEG", sectors.get("congressmen"));
        assertEquals("LEG", sectors.get("congresswoman"));
    }

    @Test
    void prefixAgentsAndMalformedLines_areSkippedWithFileAndLine() {
        var agents = read();
        assertEquals(2, agents.problemCount(), agents.problems().toString());
        assertTrue(agents.problems().get(0).startsWith("agents.txt:8: 'NGO~'"), agents.problems().toString());
        assertTrue(agents.problems().get(1).startsWith("agents.txt:9:"), agents.problems().toString());
    }
}
