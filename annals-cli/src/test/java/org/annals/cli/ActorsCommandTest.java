package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'annals actors' without the NLP models: the overlay, lookups and usage errors. */
class ActorsCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void accept_appendsToTheOverlay_andLookupShowsWhereTheCodeComesFrom() throws IOException {
        Path overlay = dir.resolve("me/actors.tsv");
        assertEquals(0, run("actors", "accept", "Jane Roe", "--code", "vengov", "--from", "2019-01-01",
                "--overlay", overlay.toString(), "--db", dir.resolve("none.duckdb").toString()), err.toString());
        assertTrue(out.toString().contains("VENGOV"), out.toString());
        List<String> lines = Files.readAllLines(overlay);
        assertEquals("JANE_ROE\tJane Roe\t\tVENGOV@2019-01-01..\tperson", lines.get(lines.size() - 1));

        assertEquals(0, run("actors", "lookup", "Jane Roe", "--date", "2019-06-01", "--actor-overlay", overlay.toString()));
        assertTrue(out.toString().contains("VENGOV") && out.toString().contains("person:JANE_ROE")
                && out.toString().contains("overlay " + overlay), out.toString());
        assertEquals(0, run("actors", "lookup", "Jane Roe", "--date", "2018-06-01", "--actor-overlay", overlay.toString()));
        assertTrue(out.toString().contains("no code on 2018-06-01"), out.toString());
    }

    @Test
    void acceptForAPersonTheRegistryKnows_extendsThatPerson() throws IOException {
        Path overlay = dir.resolve("actors.tsv");
        assertEquals(0, run("actors", "accept", "Diosdado Cabello", "--code", "VENLEG", "--from", "2017-08-04",
                "--to", "2024-08-26", "--overlay", overlay.toString(), "--db", dir.resolve("none.duckdb").toString()));
        assertTrue(Files.readString(overlay).contains("DIOSDADO_CABELLO\tDiosdado Cabello"), Files.readString(overlay));
        assertEquals(0, run("actors", "lookup", "Diosdado Cabello", "--date", "2019-01-23", "--actor-overlay", overlay.toString()));
        assertTrue(out.toString().contains("VENLEG") && out.toString().contains("extending built-in persons.tsv"), out.toString());
    }

    @Test
    void lookup_showsAnImportedPetrarchEntryAndWhatItHides() throws IOException {
        Path petrarch = Files.writeString(dir.resolve("mine.actors.txt"),
                "NICOLAS_MADURO_  # a test\n+PRESIDENT_MADURO\n\t[VENELI <20130418]\n\t[VENGOV >20130419]\n");
        assertEquals(0, run("actors", "lookup", "Nicolas Maduro", "--date", "2019-01-23", "--petrarch-actors", petrarch.toString()));
        String shown = out.toString();
        assertTrue(shown.contains("VENGOV") && shown.contains("petrarch " + petrarch + ":1"), shown);
        assertTrue(shown.contains("hides person:NICOLAS_MADURO (built-in persons.tsv"), shown);
        assertTrue(err.toString().contains("1 entries, 2 names"), err.toString());
    }

    @Test
    void lookupOfADemonymAndOfASurname() {
        assertEquals(0, run("actors", "lookup", "Venezuelan", "--date", "2019-01-23"));
        assertTrue(out.toString().contains("demonym of Venezuela"), out.toString());
        assertEquals(0, run("actors", "lookup", "Pompeo", "--date", "2019-01-23"));
        assertTrue(out.toString().contains("persons with this surname") && out.toString().contains("USAGOV"), out.toString());
    }

    @Test
    void usageErrors_quoteWhatIsWrong() {
        assertEquals(2, run("actors"));
        assertEquals(2, run("actors", "accept", "Jane Roe", "--code", "VENGO", "--overlay", dir.resolve("a.tsv").toString()));
        assertTrue(err.toString().contains("'VENGO'"), err.toString());
        assertEquals(2, run("actors", "accept", "Jane Roe", "--overlay", dir.resolve("a.tsv").toString()),
                "--code or --suggested is required");
        assertEquals(2, run("actors", "accept", "Jane Roe", "--code", "VENGOV", "--suggested"));
        assertEquals(2, run("actors", "accept", "Jane Roe", "--suggested", "--db", dir.resolve("none.duckdb").toString(),
                "--overlay", dir.resolve("a.tsv").toString()));
        assertTrue(err.toString().contains("no stored mention of 'Jane Roe'"), err.toString());
        assertEquals(2, run("actors", "unknown", "--db", dir.resolve("none.duckdb").toString()));
        assertEquals(2, run("actors", "lookup", "X", "--actor-overlay", dir.resolve("missing.tsv").toString()));
        assertTrue(err.toString().contains("no actor overlay at"), err.toString());
        assertEquals(2, run("code", "--petrarch-actors", dir.resolve("missing.txt").toString(), "x.txt"));
        assertTrue(err.toString().contains("no PETRARCH actor file at"), err.toString());
    }

    @Test
    void malformedOverlay_isAUsageErrorNamingTheLine() throws IOException {
        Path overlay = Files.writeString(dir.resolve("actors.tsv"), "# mine\nJANE\tJane\t\tVEN GOV\n");
        assertEquals(2, run("actors", "lookup", "Jane", "--actor-overlay", overlay.toString()));
        assertTrue(err.toString().contains(overlay + ":2"), err.toString());
    }

    @Test
    void overlayLocation_optionThenEnvironmentThenHome() {
        Path option = Path.of("o.tsv");
        assertEquals(option, ActorOptions.location(option, Map.of(ActorOptions.OVERLAY_VARIABLE, "e.tsv")));
        assertEquals(Path.of("e.tsv"), ActorOptions.location(null, Map.of(ActorOptions.OVERLAY_VARIABLE, "e.tsv")));
        assertEquals(Path.of(System.getProperty("user.home"), ".annals", "actors.tsv"), ActorOptions.location(null, Map.of()));
    }
}
