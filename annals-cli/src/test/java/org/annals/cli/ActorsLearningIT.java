package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learning loop end to end: ingest the sample, list the names the registry lacks, accept the text's
 * suggestion into an overlay, and code again with it.
 */
class ActorsLearningIT {
    private static final ObjectMapper JSON = new ObjectMapper();

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

        JsonNode named(String name) throws IOException {
            for (JsonNode node : lines()) {
                if (node.get("name").asText().equals(name)) {
                    return node;
                }
            }
            throw new AssertionError("no '" + name + "' in " + out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void unknownThenAcceptThenCodeAgain(@TempDir Path dir) throws IOException {
        Path sample = Files.copy(Path.of("../samples/venezuela-2019-01-23.txt"), dir.resolve("sample.txt"));
        Files.copy(Path.of("../samples/venezuela-2019-01-23.json"), dir.resolve("sample.json"));
        String db = dir.resolve("annals.duckdb").toString();
        String overlay = dir.resolve("actors.tsv").toString();
        Run ingest = run("ingest", "--db", db, sample.toString());
        assertEquals(0, ingest.code(), ingest.err());

        Run unknown = run("actors", "unknown", "--db", db, "--format", "jsonl", "--actor-overlay", writeEmpty(dir));
        assertEquals(0, unknown.code(), unknown.err());
        JsonNode post = unknown.named("Washington Post");
        assertEquals(3, post.get("mentions").asInt());
        assertEquals("organization", post.get("kind").asText());
        JsonNode ibarra = unknown.named("Gladys Ibarra");
        assertEquals("VENCVL", ibarra.get("codes").get(0).get("code").asText());
        assertTrue(ibarra.get("examples").get(0).get("sentence").asText().contains("informal merchant"), ibarra.toString());

        Run accept = run("actors", "accept", "Gladys Ibarra", "--suggested", "--db", db, "--overlay", overlay);
        assertEquals(0, accept.code(), accept.err());
        Run table = run("actors", "unknown", "--db", db, "--actor-overlay", overlay);
        assertTrue(!table.out().contains("Gladys Ibarra") && table.out().contains("Washington Post")
                && table.out().contains("1 more the registry codes now"), table.out());

        Run again = run("code", "--format", "jsonl", "--actor-overlay", overlay, sample.toString());
        assertEquals(0, again.code(), again.err());
        JsonNode record = again.lines().get(0);
        boolean fromOverlay = false;
        for (JsonNode actor : record.get("actors")) {
            if (actor.get("name").asText().equals("Gladys Ibarra")) {
                assertEquals("VENCVL", actor.get("code").asText());
                fromOverlay |= actor.get("entry").asText().equals("person:GLADYS_IBARRA");
            }
        }
        assertTrue(fromOverlay, record.get("actors").toString());
        for (JsonNode name : record.get("unknown")) {
            assertTrue(!name.get("name").asText().equals("Gladys Ibarra"), record.get("unknown").toString());
        }
        assertTrue(again.err().contains("actors: overlay " + overlay), again.err());
    }

    private static String writeEmpty(Path dir) throws IOException {
        return Files.writeString(dir.resolve("empty.tsv"), "# nothing yet\n").toString();
    }
}
