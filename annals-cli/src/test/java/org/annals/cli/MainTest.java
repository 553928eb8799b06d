package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors are caught before any model is loaded, so these run fast. */
class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void noCommand_isAUsageError() {
        assertEquals(2, run());
    }

    @Test
    void codeWithoutFiles_isAUsageError() {
        assertEquals(2, run("code"));
        assertTrue(err.toString().contains("PATH"), err.toString());
    }

    @Test
    void badDate_isAUsageErrorQuotingTheValue() {
        assertEquals(2, run("code", "--date", "2019-13-45", "x.txt"));
        assertTrue(err.toString().contains("'2019-13-45'"), err.toString());
    }

    @Test
    void badFormat_isAUsageError() {
        assertEquals(2, run("code", "--format", "xml", "x.txt"));
    }

    @Test
    void negativeArticleTimeout_isAUsageErrorQuotingTheValue() {
        assertEquals(2, run("code", "--article-timeout", "-5", "x.txt"));
        assertTrue(err.toString().contains("--article-timeout must not be negative, got -5"), err.toString());
    }

    @Test
    void codeHelp_documentsTheArticleTimeout() {
        assertEquals(0, run("code", "--help"));
        assertTrue(out.toString().contains("--article-timeout=SECONDS") && out.toString().contains("Default: 300"),
                out.toString());
    }

    @Test
    void eventsWithoutDatabase_isAUsageError() {
        assertEquals(2, run("events", "--db", "does/not/exist.duckdb"));
        assertTrue(err.toString().contains("no database"), err.toString());
    }

    @Test
    void evalPlaces_rejectsConflibertAndMalformedGoldBeforeLoadingModels(@TempDir Path dir) throws IOException {
        assertEquals(2, run("eval", "--places", "--conflibert", "x.tsv"));
        Path gold = Files.writeString(dir.resolve("places.tsv"), "p1\teasy\tParis\tFRA\t2988507\n");
        assertEquals(2, run("eval", "--places", gold.toString()));
        assertTrue(err.toString().contains("places.tsv:1"), err.toString());
    }

    @Test
    void evalConflibertActors_rejectsAFileArgumentAndMalformedGoldBeforeLoadingModels(@TempDir Path dir) throws IOException {
        assertEquals(2, run("eval", "--conflibert-actors", "ner.txt", "gold.jsonl"));
        assertTrue(err.toString().contains("--conflibert-actors takes no FILE"), err.toString());
        Path gold = Files.writeString(dir.resolve("ner.txt"), "Russia B-S\nattacked O\nUkraine B-X\n");
        assertEquals(2, run("eval", "--conflibert-actors", gold.toString()));
        assertTrue(err.toString().contains("ner.txt:3"), err.toString());
        assertEquals(0, run("eval", "--help"));
        assertTrue(out.toString().contains("--conflibert-actors=FILE"), out.toString());
    }

    @Test
    void petrarchOptions_areCheckedBeforeLoadingModels(@TempDir Path dir) throws IOException {
        assertEquals(2, run("eval"));
        assertTrue(err.toString().contains("FILE is required"), err.toString());
        assertEquals(2, run("eval", "--petrarch-units", "units.xml"));
        assertTrue(err.toString().contains("--petrarch-dictionaries"), err.toString());
        Path text = Files.writeString(dir.resolve("a.txt"), "Colombia restored ties with Venezuela.");
        assertEquals(2, run("code", "--petrarch-verbs-only", text.toString()));
        assertTrue(err.toString().contains("--petrarch-verbs-only needs"), err.toString());
        assertEquals(2, run("code", "--petrarch-verbs", dir.resolve("missing.txt").toString(), text.toString()));
        assertTrue(err.toString().contains("no PETRARCH verb file"), err.toString());
    }

    @Test
    void storiesWithoutDatabase_andABadClusterId_areUsageErrors() {
        assertEquals(2, run("stories", "--db", "does/not/exist.duckdb"));
        assertEquals(2, run("stories", "--min-articles", "0"));
        assertEquals(2, run("events", "--cluster", "not-a-cluster"));
        assertTrue(err.toString().contains("not-a-cluster"), err.toString());
    }

    @Test
    void stateNeedsACountryOrADyad() {
        assertEquals(2, run("state"));
        assertEquals(2, run("state", "--country", "VEN", "--dyad", "USA", "VEN"));
    }

    @Test
    void help_listsTheCommands() {
        assertEquals(0, run("--help"));
        String help = out.toString();
        assertTrue(help.contains("code") && help.contains("ingest") && help.contains("events") && help.contains("stories")
                && help.contains("state") && help.contains("actors"), help);
        assertTrue(help.contains("Exit codes"), help);
    }
}
