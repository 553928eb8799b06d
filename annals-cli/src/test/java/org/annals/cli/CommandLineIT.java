package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line contract end to end: a batch with bad inputs among good ones, the JSON Lines output,
 * idempotent ingest and the stored-events query. Loads the real pipeline, so it is an integration test.
 */
class CommandLineIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("../samples/venezuela-2019-01-23.txt");

    @TempDir
    static Path dir;
    static Path jsonl;

    @BeforeAll
    static void writeInputs() throws IOException {
        Files.copy(SAMPLE, dir.resolve("sample.txt"));
        Files.copy(Path.of("../samples/venezuela-2019-01-23.json"), dir.resolve("sample.json"));
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 5, 6, 0, 'a', 'b'});
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 au lait in Bogot\u00e1.".getBytes(StandardCharsets.ISO_8859_1));
        jsonl = dir.resolve("records.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\": \"a\", \"date\": \"2019-02-26\", \"text\": \"Colombia expelled two Venezuelan diplomats.\"}",
                "{\"id\": \"b\", \"date\": \"2019-02-26\", \"text\": ",
                "{\"id\": \"c\", \"date\": \"2019-02-26\", \"text\": \"Washington imposed sanctions on Caracas.\"}",
                "{\"id\": \"d\", \"date\": \"26/02/2019\", \"text\": \"Peru expelled a Bolivian diplomat.\"}") + "\n");
    }

    private record Run(int code, String out, String err) {
        List<JsonNode> lines() throws IOException {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonlInput_givesOneLinePerRecordInOrder() throws IOException {
        Run run = run("code", "--format", "jsonl", jsonl.toString());
        assertEquals(1, run.code(), "malformed records make the exit code 1: " + run.err());
        List<JsonNode> lines = run.lines();
        assertEquals(4, lines.size(), run.out());
        assertEquals("a", lines.get(0).get("id").asText());
        assertEquals("und", lines.get(0).get("language").asText(), "one short sentence is too little to tell, and coded");
        assertEquals("174", lines.get(0).get("events").get(0).get("code").asText());
        assertEquals("COL", lines.get(0).get("events").get(0).get("source").get("code").asText());
        assertEquals("malformed-record", lines.get(1).get("diagnostics").get(0).get("kind").asText());
        assertEquals(0, lines.get(1).get("events").size());
        assertEquals("c", lines.get(2).get("id").asText());
        assertEquals("163", lines.get(2).get("events").get(0).get("code").asText());
        assertTrue(lines.get(3).get("diagnostics").get(0).get("message").asText().contains("26/02/2019"), run.out());
        JsonNode event = lines.get(0).get("events").get(0);
        for (String field : List.of("source", "target", "code", "root", "quad", "goldstein", "date", "sentence", "span", "rule")) {
            assertTrue(event.has(field), "event lacks " + field + ": " + event);
        }
        assertNoClusterFields(event);
    }

    /** Clusters belong to the store: a per-record line of code or ingest says nothing about them (docs/cli.md). */
    private static void assertNoClusterFields(JsonNode event) {
        for (String field : CLUSTER_FIELDS) {
            assertFalse(event.has(field), "a per-record event has " + field + ": " + event);
        }
    }

    private static final List<String> CLUSTER_FIELDS = List.of("story", "cluster", "numMentions", "numArticles", "numSources");

    @Test
    void progressOnATerminal_staysOnStandardErrorOutOfTheJsonLines_andForeignArticlesAreCounted() throws IOException {
        Path spanish = Files.copy(Path.of("../annals-core/src/test/resources/languages/es.txt"), dir.resolve("es.txt"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), new Terminal(false, true),
                "code", "--format", "jsonl", "--threads", "1", jsonl.toString(), spanish.toString());
        assertEquals(1, code, err.toString());
        List<JsonNode> lines = new Run(code, out.toString(), err.toString()).lines();
        assertEquals(5, lines.size(), "no progress in the JSON Lines: " + out);
        assertTrue(!out.toString().contains("\r"), out.toString());
        JsonNode foreign = lines.get(4);
        assertEquals("es", foreign.get("language").asText());
        assertEquals(0, foreign.get("events").size());
        assertTrue(foreign.get("diagnostics").findValuesAsText("kind").contains("not-english"), foreign.toString());
        String progress = err.toString();
        assertTrue(progress.contains("\r5 records, ") || progress.contains("\r1 records, "), progress);
        assertTrue(progress.contains("% of ") && progress.contains("ETA "), progress);
        String summary = progress.substring(progress.lastIndexOf('\r') + 1);
        assertTrue(summary.startsWith("5 records: 2 coded, ") && summary.contains("1 not English, 2 failed"),
                "the line is wiped before the summary: " + summary);
    }

    @Test
    void badFilesInABatch_areReportedAndTheRestIsIngestedOnce() throws IOException {
        Path db = dir.resolve("db/annals.duckdb");
        Path missing = dir.resolve("missing.txt");
        Run first = run("ingest", "--db", db.toString(), "--format", "jsonl", dir.resolve("empty.txt").toString(),
                dir.resolve("binary.txt").toString(), dir.resolve("latin1.txt").toString(), missing.toString(),
                dir.resolve("sample.txt").toString());
        assertEquals(1, first.code(), first.err());
        List<JsonNode> lines = first.lines();
        assertEquals(5, lines.size(), first.out());
        assertEquals(List.of("empty-input", "binary-input", "invalid-encoding", "missing-path"),
                lines.subList(0, 4).stream().map(l -> l.get("diagnostics").get(0).get("kind").asText()).toList());
        assertTrue(lines.get(4).get("events").size() >= 8, "the sample is coded in spite of its neighbours");
        assertTrue(first.err().contains("1 articles"), first.err());
        assertTrue(first.err().contains("failed by reason: binary-input 1, empty-input 1, invalid-encoding 1, missing-path 1"),
                first.err());

        Run second = run("ingest", "--db", db.toString(), dir.resolve("sample.txt").toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.err().contains("1 already stored"), second.err());
        assertTrue(second.err().contains("1 articles"), "nothing stored twice: " + second.err());

        Run events = run("events", "--db", db.toString(), "--actor", "USA", "--code", "05", "--format", "jsonl");
        assertEquals(0, events.code(), events.err());
        List<JsonNode> found = events.lines();
        assertEquals(2, found.size(), "recognition of Guaidó and the negated recognition of Maduro: " + events.out());
        assertEquals("VENOPP", found.get(0).get("target").get("code").asText());
        assertEquals(0, found.get(0).get("modality").size());
        assertEquals("negated", found.get(1).get("modality").get(0).asText());

        Run table = run("events", "--db", db.toString(), "--from", "2010-01-01", "--to", "2018-12-31");
        assertEquals(0, table.code());
        assertTrue(table.out().contains("163") && table.out().contains("1 events"), table.out());

        Run state = run("state", "--db", db.toString(), "--country", "VEN", "--as-of", "2019-01-24", "--format", "json");
        assertEquals(0, state.code(), state.err());
        JsonNode view = JSON.readTree(state.out());
        assertEquals("broken", view.get("relations").get(0).get("status").asText());
        assertEquals("USA", view.get("relations").get(0).get("contestedBy").get(0).get("country").asText());
        assertEquals("refused", view.get("demands").get(0).get("status").asText());
        assertEquals("2019-01-26", view.get("demands").get(0).get("deadline").asText());
        assertEquals("2017", view.get("sanctions").get(0).get("since").asText());
        assertTrue(view.get("standings").get(0).get("stands").asBoolean() == false, state.out());

        Run dyad = run("state", "--db", db.toString(), "--dyad", "VEN", "USA");
        assertEquals(0, dyad.code(), dyad.err());
        assertTrue(dyad.out().contains("USA-VEN broken on 2019-01-23"), dyad.out());
    }

    @Test
    void nearDuplicatesFromTwoHosts_areOneStoryAndOneEventWithTheirCounts() throws IOException {
        String wire = "Colombia expelled two Venezuelan diplomats on Tuesday, the foreign ministry said.\\n\\n"
                + "The ministry accused the two officials of meeting opposition figures without notice.\\n\\n"
                + "Relations between the two neighbours have been strained for years.";
        String republished = "The ministry accused the two officials of meeting opposition figures without notice."
                + "\\n\\nColombia expelled two Venezuelan diplomats on Tuesday, the foreign ministry said.\\n\\n"
                + "Relations between the two neighbours have been strained for years.\\n\\nTrade has recovered.";
        Path input = dir.resolve("wire.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\": \"wire\", \"date\": \"2019-02-26\", \"url\": \"https://www.reuters.com/a\", \"text\": \"" + wire + "\"}",
                "{\"id\": \"repub\", \"date\": \"2019-02-26\", \"url\": \"https://apnews.com/b\", \"text\": \"" + republished
                        + "\"}") + "\n");
        Path db = dir.resolve("clusters/annals.duckdb");
        Run ingest = run("ingest", "--db", db.toString(), "--format", "jsonl", input.toString());
        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(ingest.err().contains("2 articles in 1 stories"), ingest.err());
        // The second record joins the first's story and event cluster after the first's line is printed, and may
        // rename them (a cluster is named after its least member): a per-record line cannot know what later records
        // do, so neither carries cluster fields; the stored events do.
        for (JsonNode record : ingest.lines()) {
            assertFalse(record.get("events").isEmpty(), ingest.out());
            record.get("events").forEach(CommandLineIT::assertNoClusterFields);
        }
        Run mentions = run("events", "--db", db.toString(), "--format", "jsonl");
        assertEquals(0, mentions.code(), mentions.err());
        for (JsonNode event : mentions.lines()) {
            for (String field : CLUSTER_FIELDS) {
                assertTrue(event.has(field), "a stored event lacks " + field + ": " + event);
            }
        }

        Run clusters = run("events", "--db", db.toString(), "--clusters", "--code", "174", "--format", "jsonl");
        assertEquals(0, clusters.code(), clusters.err());
        List<JsonNode> found = clusters.lines();
        assertEquals(1, found.size(), clusters.out());
        JsonNode expulsion = found.get(0);
        assertEquals(2, expulsion.get("numMentions").asInt(), clusters.out());
        assertEquals(2, expulsion.get("numArticles").asInt(), clusters.out());
        assertEquals(2, expulsion.get("numSources").asInt(), clusters.out());

        String id = expulsion.get("cluster").asText();
        String shortId = id.substring(0, 8) + id.substring(id.indexOf(':'));
        Run members = run("events", "--db", db.toString(), "--cluster", shortId);
        assertEquals(0, members.code(), members.err());
        assertTrue(members.out().contains(shortId) && members.out().contains("2 events"), members.out());

        Run stories = run("stories", "--db", db.toString(), "--format", "jsonl");
        assertEquals(0, stories.code(), stories.err());
        JsonNode story = stories.lines().get(0);
        assertEquals(expulsion.get("story").asText(), story.get("story").asText());
        assertEquals(2, story.get("members").size(), stories.out());
        assertEquals(2, story.get("numSources").asInt(), stories.out());
        Run table = run("stories", "--db", db.toString());
        assertTrue(table.out().contains("apnews.com") && table.out().contains("1 stories"), table.out());
    }
}
