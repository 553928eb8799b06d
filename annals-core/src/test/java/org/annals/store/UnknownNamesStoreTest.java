package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Span;
import org.annals.model.UnknownName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unknown names are stored with each article and counted across articles. */
class UnknownNamesStoreTest {
    @TempDir
    Path dir;

    private static UnknownName person(String name, String text, String code, int sentence) {
        return new UnknownName(name, UnknownName.Kind.PERSON, text, Optional.ofNullable(code), Optional.empty(),
                code == null ? "no evidence" : "title in the mention", sentence, new Span(0, 6));
    }

    private static CodedArticle article(String id, String hash, List<UnknownName> names) {
        CodedArticle c = StoreFixtures.coded(id, hash, List.of());
        Article a = new Article(id, c.article().title(), LocalDate.of(2019, 1, 20 + Integer.parseInt(id.substring(1))),
                c.article().text(), c.article().url(), c.article().origin(), hash);
        return new CodedArticle(a, c.language(), c.sentences(), c.events(), c.quotes(), c.actors(), c.focus(), c.diagnostics(), names);
    }

    @Test
    void unknownNames_areCountedAcrossArticles_withSuggestedCodesAndExamples() {
        try (EventStore store = EventStore.open(dir.resolve("events.duckdb"))) {
            store.save(article("a1", "h1", List.of(person("Gladys Ibarra", "Gladys Ibarra", "VENCVL", 0),
                    person("Gladys Ibarra", "Ibarra", null, 1), person("Luis Parra", "Luis Parra", null, 2))));
            store.save(article("a2", "h2", List.of(person("Gladys Ibarrá", "Gladys Ibarrá", "VENCVL", 0),
                    person("Gladys Ibarra", "Ibarra", "VENOPP", 2))));
            store.save(article("a3", "h3", List.of(new UnknownName("Washington Post", UnknownName.Kind.ORGANIZATION,
                    "Post", Optional.empty(), Optional.empty(), "no evidence", 1, new Span(0, 4)))));

            List<UnknownNameSummary> top = store.unknownNames(10);
            assertEquals(List.of("Gladys Ibarra", "Luis Parra", "Washington Post"),
                    top.stream().map(UnknownNameSummary::name).toList(), "most mentioned first, accents ignored");
            UnknownNameSummary ibarra = top.get(0);
            assertEquals(4, ibarra.mentions());
            assertEquals(2, ibarra.articles());
            assertEquals(List.of(new UnknownNameSummary.SuggestedCode("VENCVL", 2), new UnknownNameSummary.SuggestedCode("VENOPP", 1)),
                    ibarra.codes());
            assertEquals(Optional.of("VENCVL"), ibarra.suggestion());
            assertEquals(3, ibarra.examples().size());
            assertTrue(ibarra.examples().get(0).code().isPresent(), "coded mentions are the first examples");
            assertEquals(StoreFixtures.TEXT.substring(0, 26), ibarra.examples().get(0).sentence());
            assertEquals(LocalDate.of(2019, 1, 21), ibarra.examples().get(0).articleDate());
            assertEquals(UnknownName.Kind.ORGANIZATION, top.get(2).kind());

            assertEquals(1, store.unknownNames(1).size());
            assertEquals(Optional.of(4L), store.unknownName("GLADYS IBARRÁ").map(UnknownNameSummary::mentions));
            assertEquals(Optional.empty(), store.unknownName("Nobody"));
        }
    }

    @Test
    void versionThreeStore_isRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("events.duckdb");
        try (EventStore store = EventStore.open(file)) {
            store.save(StoreFixtures.coded("a1", "h1", List.of()));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE schema_version SET version = 3");
        }
        // Version 4 clusters every stored article as it is saved; a version-3 file has no clusters to list its
        // events by, so it is ingested again rather than half read.
        StoreException refused = assertThrows(StoreException.class, () -> EventStore.open(file).close());
        assertTrue(refused.getMessage().contains("version 3") && refused.getMessage().contains("ingest"),
                refused.getMessage());
    }
}
