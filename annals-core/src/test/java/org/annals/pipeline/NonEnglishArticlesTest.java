package org.annals.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.annals.ingest.InputReader;
import org.annals.ingest.ReadOptions;
import org.annals.model.CodedArticle;
import org.annals.model.Diagnostic;
import org.annals.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles in other languages than English are stored with their language and a diagnostic, and not coded. */
class NonEnglishArticlesTest {
    private static final Path LANGUAGES = Path.of("src/test/resources/languages");
    private static final List<String> FOREIGN = List.of("es", "fr", "de", "ar", "ru", "zh");

    private static List<RecordResult> run(List<Path> inputs, Optional<EventStore> store) {
        List<RecordResult> results = new ArrayList<>();
        new BatchCoder(new InputReader(new ReadOptions(Optional.of(LocalDate.of(2019, 2, 26)))), SharedCoder.get(),
                store, 2).run(inputs, results::add);
        return results;
    }

    private static Diagnostic notEnglish(RecordResult result) {
        return result.diagnostics().stream().filter(d -> d.kind().equals(ArticleCoder.NOT_ENGLISH)).findFirst()
                .orElseThrow(() -> new AssertionError("no not-english diagnostic: " + result));
    }

    @Test
    void foreignArticles_keepTheirLanguageAndADiagnosticAndAreNotCoded() {
        List<Path> inputs = FOREIGN.stream().map(code -> LANGUAGES.resolve(code + ".txt")).toList();
        List<RecordResult> results = run(inputs, Optional.empty());
        assertEquals(FOREIGN.size(), results.size());
        for (int i = 0; i < FOREIGN.size(); i++) {
            RecordResult result = results.get(i);
            CodedArticle coded = result.coded().orElseThrow(() -> new AssertionError("no result: " + result));
            assertEquals(FOREIGN.get(i), coded.language(), result.toString());
            assertEquals(List.of(), coded.sentences(), "no NLP ran on it");
            assertEquals(List.of(), coded.events());
            assertEquals(List.of(), coded.actors());
            Diagnostic diagnostic = notEnglish(result);
            assertEquals(Diagnostic.Severity.WARNING, diagnostic.severity());
            assertTrue(diagnostic.message().contains("(" + FOREIGN.get(i) + ";"), diagnostic.message());
            assertFalse(result.failed(), "another language is not a failure: " + result);
        }
    }

    @Test
    void englishArticles_includingOneQuotingSpanish_areStillCoded() {
        List<RecordResult> results = run(List.of(Path.of("../samples/venezuela-2019-01-23.txt"),
                LANGUAGES.resolve("en-quote.txt")), Optional.empty());
        for (RecordResult result : results) {
            CodedArticle coded = result.coded().orElseThrow();
            assertEquals("en", coded.language(), result.toString());
            assertFalse(coded.events().isEmpty(), "coded: " + result);
            assertTrue(result.diagnostics().stream().noneMatch(d -> d.kind().equals(ArticleCoder.NOT_ENGLISH)));
        }
        assertEquals("174", results.get(1).coded().orElseThrow().events().get(0).code(),
                "Colombia expelled two Venezuelan diplomats");
    }

    @Test
    void nastyNonEnglishInput_isReportedNotCoded() {
        RecordResult result = run(List.of(Path.of("src/test/resources/nasty/non-english.txt")), Optional.empty()).get(0);
        CodedArticle coded = result.coded().orElseThrow();
        assertTrue(List.of("ru", "zh").contains(coded.language()), "Russian with a Chinese line: " + coded.language());
        assertEquals(List.of(), coded.sentences());
        notEnglish(result);
    }

    @Test
    void foreignArticles_areStoredWithTheirLanguageAndNotCodedTwice(@TempDir Path dir) throws IOException, SQLException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        for (String code : FOREIGN) {
            Files.copy(LANGUAGES.resolve(code + ".txt"), inputs.resolve(code + ".txt"));
        }
        Files.copy(LANGUAGES.resolve("en-quote.txt"), inputs.resolve("en-quote.txt"));
        Path db = dir.resolve("annals.duckdb");
        try (EventStore store = EventStore.open(db)) {
            List<RecordResult> first = run(List.of(inputs), Optional.of(store));
            assertTrue(first.stream().allMatch(RecordResult::stored), first.toString());
            List<RecordResult> second = run(List.of(inputs), Optional.of(store));
            assertTrue(second.stream().allMatch(r -> r.coded().isEmpty() && !r.stored()), "not coded again: " + second);
            assertEquals(FOREIGN.size() + 1, store.counts().articles());
        }
        Map<String, String> languageById = new TreeMap<>();
        Map<String, Integer> eventsById = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT a.id, a.language, (SELECT count(*) FROM events e WHERE e.content_hash = a.content_hash),
                            (SELECT count(*) FROM diagnostics d WHERE d.content_hash = a.content_hash AND d.kind = 'not-english')
                     FROM articles a""")) {
            while (rows.next()) {
                languageById.put(rows.getString(1), rows.getString(2));
                eventsById.put(rows.getString(1), rows.getInt(3));
                assertEquals(rows.getString(2).equals("en") ? 0 : 1, rows.getInt(4), "not-english stored for " + rows.getString(1));
            }
        }
        Map<String, String> expected = new TreeMap<>();
        Stream.concat(FOREIGN.stream(), Stream.of("en")).forEach(code -> expected.put(
                code.equals("en") ? "en-quote.txt" : code + ".txt", code));
        assertEquals(expected, languageById);
        assertTrue(eventsById.get("en-quote.txt") > 0);
        assertEquals(0, eventsById.get("es.txt"));
    }
}
