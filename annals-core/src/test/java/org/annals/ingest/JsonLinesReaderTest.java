package org.annals.ingest;

import static org.annals.ingest.TestInputs.article;
import static org.annals.ingest.TestInputs.kinds;
import static org.annals.ingest.TestInputs.only;
import static org.annals.ingest.TestInputs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    @TempDir
    Path dir;

    private final InputReader reader = new InputReader(new ReadOptions(Optional.empty()));

    @Test
    void malformedJsonlLine_keepsNeighboursAndOrder() {
        Path file = write(dir, "batch.jsonl", String.join("\n",
                "{\"id\": \"a\", \"date\": \"2019-01-23\", \"text\": \"First.\", \"title\": \"T\", \"url\": \"u\"}",
                "{\"id\": \"b\", \"date\": \"2019-01-23\"",
                "",
                "   ",
                "{\"id\": \"c\", \"date\": \"2019-01-24\", \"text\": \"Third.\"}",
                ""));
        List<InputRecord> records = reader.readAll(List.of(file));

        assertEquals(3, records.size());
        assertEquals(List.of(file + ":1", file + ":2", file + ":5"),
                records.stream().map(InputRecord::origin).toList());
        assertEquals("First.", article(records.get(0)).text());
        assertEquals("T", article(records.get(0)).title());
        assertEquals("a", article(records.get(0)).id());
        assertTrue(records.get(1).article().isEmpty());
        Diagnostic malformed = only(records.get(1), "malformed-record");
        assertEquals(Diagnostic.Severity.ERROR, malformed.severity());
        assertEquals("line 2", malformed.position());
        assertTrue(malformed.message().startsWith("not valid JSON"), malformed.message());
        assertEquals(LocalDate.of(2019, 1, 24), article(records.get(2)).date());
    }

    @Test
    void eachProblem_isNamedInTheMessage() {
        Path file = write(dir, "bad.jsonl", String.join("\n",
                "{\"id\": \"no-text\", \"date\": \"2019-01-23\"}",
                "{\"id\": \"blank\", \"text\": \"  \"}",
                "{\"id\": \"num\", \"text\": 42}",
                "{\"id\": \"slash\", \"date\": \"2019/01/23\", \"text\": \"x\"}",
                "{\"id\": \"feb30\", \"date\": \"2019-02-30\", \"text\": \"x\"}",
                "[1, 2]",
                "{\"text\": \"a\"} {\"text\": \"b\"}"));
        List<String> messages = reader.readAll(List.of(file)).stream()
                .map(r -> only(r, "malformed-record").message()).toList();
        assertEquals("missing \"text\"", messages.get(0));
        assertEquals("\"text\" is blank", messages.get(1));
        assertEquals("\"text\" must be a string, got number", messages.get(2));
        assertEquals("\"date\" must be YYYY-MM-DD, got \"2019/01/23\"", messages.get(3));
        assertEquals("\"date\" must be YYYY-MM-DD, got \"2019-02-30\"", messages.get(4));
        assertEquals("expected a JSON object, got array", messages.get(5));
        assertTrue(messages.get(6).startsWith("not valid JSON"), messages.get(6));
    }

    @Test
    void missingId_usesPathAndLine() {
        Path file = write(dir, "x.jsonl", "{\"date\": \"2019-01-23\", \"text\": \"Body.\"}\n");
        InputRecord record = reader.readAll(List.of(file)).get(0);
        assertEquals(file + ":1", record.id());
        assertEquals(file + ":1", article(record).id());
    }

    @Test
    void recordWithoutDate_usesDefaultDateElseFileTimeWithWarning() {
        Path file = write(dir, "x.jsonl", "{\"id\": \"a\", \"text\": \"Body.\"}\n");
        LocalDate given = LocalDate.of(2022, 2, 2);
        assertEquals(given, article(new InputReader(new ReadOptions(Optional.of(given)))
                .readAll(List.of(file)).get(0)).date());

        InputRecord guessed = reader.readAll(List.of(file)).get(0);
        assertEquals(LocalDate.of(2020, 5, 6), article(guessed).date());
        assertEquals("line 1", only(guessed, "date-guessed").position());
    }

    @Test
    void recordText_goesThroughTheBoilerplateFilter() {
        Path file = write(dir, "x.jsonl",
                "{\"id\": \"a\", \"date\": \"2019-01-23\", \"text\": \"Advertisement\\n\\nReal news.\"}\n");
        InputRecord record = reader.readAll(List.of(file)).get(0);
        assertEquals("Real news.", article(record).text());
        assertEquals(List.of("boilerplate-removed"), kinds(record));
    }
}
