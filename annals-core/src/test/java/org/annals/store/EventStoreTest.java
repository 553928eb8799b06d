package org.annals.store;

import static org.annals.store.StoreFixtures.coded;
import static org.annals.store.StoreFixtures.day;
import static org.annals.store.StoreFixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.annals.model.CodedArticle;
import org.annals.model.Diagnostic;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.SentenceText;
import org.annals.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {

    @TempDir
    Path dir;

    @Test
    void save_thenEvents_readsBackEqualRecords() {
        Event withTarget = event("a1", "RUSGOV", Optional.of("UKR"), "138", day(2019, 1, 22), 0);
        Event withoutTarget = event("a1", "USA", Optional.empty(), "0311", EventDate.ofYear(2017, "time-expression"), 1);
        assertEquals("2017", withoutTarget.date().value());
        assertEquals(LocalDate.of(2017, 12, 31), withoutTarget.date().to());

        try (EventStore store = EventStore.open(dir.resolve("events.duckdb"))) {
            assertEquals(SaveOutcome.STORED, store.save(coded("a1", "h1", List.of(withTarget, withoutTarget))));

            // The year-precise event starts first, so it sorts first.
            assertEquals(List.of(withoutTarget, withTarget), store.events(EventQuery.all()));
        }
    }

    @Test
    void storedEvents_carryTheirEvidenceSentence() {
        Event event = event("a1", "RUSGOV", Optional.of("UKR"), "138", day(2019, 1, 22), 0);
        CodedArticle article = coded("a1", "h1", List.of(event));
        try (EventStore store = EventStore.open(dir.resolve("events.duckdb"))) {
            store.save(article);

            List<StoredEvent> stored = store.storedEvents(EventQuery.all());
            assertEquals(1, stored.size());
            assertEquals(event, stored.get(0).event());
            assertEquals(article.sentences().get(0).text(), stored.get(0).evidence());
        }
    }

    @Test
    void exactDuplicates_areStoredOnceWithEverySource() {
        CodedArticle first = coded("a1", "h1", List.of());
        org.annals.model.Article copy = new org.annals.model.Article("a1-copy", "", first.article().date(),
                first.article().text(), "https://mirror.example/a1", "mirror/a1.txt", "h1");
        try (EventStore store = EventStore.open(dir.resolve("events.duckdb"))) {
            store.save(first);
            assertTrue(store.recordSource(copy));
            assertFalse(store.recordSource(copy), "recording the same origin again changes nothing");
            assertEquals(List.of(first.article().origin(), "mirror/a1.txt"), store.sources("h1"));
            assertEquals(1, store.counts().articles());
        }
    }

    @Test
    void save_thenQuotes_readsBackEqualRecords() {
        CodedArticle article = coded("a1", "h1", List.of());
        try (EventStore store = EventStore.open(dir.resolve("events.duckdb"))) {
            store.save(article);

            assertEquals(article.quotes(), store.quotes("a1"));
            assertEquals(List.of(), store.quotes("no-such-article"));
        }
    }

    @Test
    void save_storesEveryKindOfRow() {
        try (EventStore store = EventStore.open(dir.resolve("events.duckdb"))) {
            assertFalse(store.contains("h1"));
            store.save(coded("a1", "h1", List.of(event("a1", "RUS", Optional.empty(), "138", day(2019, 1, 22), 0))));

            assertTrue(store.contains("h1"));
            assertEquals(new StoreCounts(1, 3, 2, 1, 2, 1, 1), store.counts());
        }
    }

    @Test
    void save_sameContentTwice_isAlreadyStoredAndChangesNothing() {
        CodedArticle article = coded("a1", "h1", List.of(event("a1", "RUS", Optional.empty(), "138", day(2019, 1, 22), 0)));
        try (EventStore store = EventStore.open(dir.resolve("events.duckdb"))) {
            assertEquals(SaveOutcome.STORED, store.save(article));
            StoreCounts before = store.counts();

            // Same content hash under another id: still the same article.
            assertEquals(SaveOutcome.ALREADY_STORED, store.save(coded("other-id", "h1", List.of())));
            assertEquals(SaveOutcome.ALREADY_STORED, store.save(article));
            assertEquals(before, store.counts());
        }
    }

    @Test
    void reopen_keepsStoredData() {
        Path file = dir.resolve("events.duckdb");
        Event event = event("a1", "RUS", Optional.of("UKR"), "138", day(2019, 1, 22), 0);
        try (EventStore store = EventStore.open(file)) {
            store.save(coded("a1", "h1", List.of(event)));
        }
        try (EventStore store = EventStore.open(file)) {
            assertTrue(store.contains("h1"));
            assertEquals(List.of(event), store.events(EventQuery.all()));
            assertEquals(SaveOutcome.ALREADY_STORED, store.save(coded("a1", "h1", List.of(event))));
        }
    }

    @Test
    void save_failingPartWay_rollsBackAndNamesTheArticle() {
        CodedArticle good = coded("a1", "h1", List.of());
        // Two sentences with the same index break the sentences key after the article row is written.
        List<SentenceText> clashing = List.of(new SentenceText(0, 0, new Span(0, 3), "abc"),
                new SentenceText(0, 0, new Span(4, 7), "def"));
        CodedArticle bad = new CodedArticle(good.article(), good.language(), clashing, good.events(), good.quotes(), good.actors(),
                good.focus(), good.diagnostics());
        try (EventStore store = EventStore.open(dir.resolve("events.duckdb"))) {
            StoreException failure = assertThrows(StoreException.class, () -> store.save(bad));

            assertTrue(failure.getMessage().contains("a1"), failure.getMessage());
            assertFalse(store.contains("h1"));
            assertEquals(new StoreCounts(0, 0, 0, 0, 0, 0, 0), store.counts());
            // The store is still usable after the rollback.
            assertEquals(SaveOutcome.STORED, store.save(good));
        }
    }

    @Test
    void open_createsMissingParentDirectories() {
        Path file = dir.resolve("a/b/c/events.duckdb");
        try (EventStore store = EventStore.open(file)) {
            assertEquals(new StoreCounts(0, 0, 0, 0, 0, 0, 0), store.counts());
        }
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void open_onDirectory_failsNamingThePath() {
        StoreException failure = assertThrows(StoreException.class, () -> EventStore.open(dir));

        assertTrue(failure.getMessage().contains(dir.toAbsolutePath().toString()), failure.getMessage());
    }

    @Test
    void open_underARegularFile_failsNamingThePath() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-dir"), "x");
        Path file = blocker.resolve("events.duckdb");

        StoreException failure = assertThrows(StoreException.class, () -> EventStore.open(file));

        assertTrue(failure.getMessage().contains(file.toAbsolutePath().toString()), failure.getMessage());
    }

    @Test
    void save_keepsTheArticleLanguage_alsoOfAnUncodedArticle() throws Exception {
        Path file = dir.resolve("events.duckdb");
        CodedArticle english = coded("a1", "h1", List.of());
        CodedArticle spanish = new CodedArticle(StoreFixtures.article("a2", "h2"), "es", List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(Diagnostic.warning("not-english", "a2.txt", "", "in Spanish")));
        try (EventStore store = EventStore.open(file)) {
            store.save(english);
            store.save(spanish);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, language FROM articles ORDER BY id")) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1) + "=" + rows.getString(2));
            }
            assertEquals(List.of("a1=en", "a2=es"), found);
        }
    }

    @Test
    void open_fileOfAnotherSchemaVersion_isRefused() throws Exception {
        Path file = dir.resolve("events.duckdb");
        EventStore.open(file).close();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE schema_version SET version = 99");
        }

        StoreException failure = assertThrows(StoreException.class, () -> EventStore.open(file));

        assertTrue(failure.getMessage().contains("schema version 99"), failure.getMessage());
        assertTrue(failure.getMessage().contains(file.toAbsolutePath().toString()), failure.getMessage());
    }

    @Test
    void closedStore_refusesCallsAndClosesTwiceQuietly() {
        EventStore store = EventStore.open(dir.resolve("events.duckdb"));
        store.close();
        store.close();

        assertThrows(IllegalStateException.class, store::counts);
        assertThrows(IllegalStateException.class, () -> store.contains("h1"));
    }
}
