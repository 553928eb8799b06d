package org.annals.store;

import static org.annals.store.ClusterFixtures.article;
import static org.annals.store.ClusterFixtures.sentences;
import static org.annals.store.ClusterFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.cluster.StoryMatcher;
import org.annals.ingest.ContentHash;
import org.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The band look-up of story clustering is answered from indexes (schema version 5), and version 4 is migrated. */
class BandIndexTest {

    private static final LocalDate DAY = LocalDate.of(2019, 2, 26);
    private static final int TEXTS = 300;

    @TempDir
    Path dir;

    /** {@code TEXTS} texts of 20 sentences each, none sharing a sentence with another. */
    private static List<CodedArticle> distinctTexts(List<String> sentences) {
        List<CodedArticle> articles = new ArrayList<>();
        for (int i = 0; i < TEXTS; i++) {
            articles.add(article("t" + i, text(sentences, 20 * i, 20 * i + 20), "", "t" + i + ".txt", DAY, List.of()));
        }
        return articles;
    }

    @Test
    void bandAndMemberLookups_areIndexScans() throws Exception {
        List<String> sentences = sentences(11, 20 * TEXTS);
        Path file = dir.resolve("bands.duckdb");
        try (EventStore store = EventStore.open(file)) {
            distinctTexts(sentences).forEach(store::save);
        }
        String probe = text(sentences, 20 * 17, 20 * 17 + 20);
        List<Long> keys = StoryMatcher.standard().fingerprint(probe).orElseThrow().bandKeys();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath())) {
            String bands = plan(connection, StoryClusters.BAND_LOOKUP.formatted(Statements.placeholders(keys.size())),
                    new ArrayList<>(keys));
            assertTrue(bands.contains("story_bands") && bands.contains("Index Scan"), bands);
            assertFalse(bands.contains("Sequential Scan"), bands);

            String members = plan(connection, StoryClusters.MEMBER_LOOKUP.formatted(Statements.placeholders(1)),
                    List.of(ContentHash.of(probe)));
            assertTrue(members.contains("story_members") && members.contains("Index Scan"), members);
            assertFalse(members.contains("Sequential Scan"), members);
        }
    }

    @Test
    void versionFourStore_isMigrated_andKeepsClustering() throws Exception {
        List<String> sentences = sentences(12, 20 * 4);
        Path file = dir.resolve("v4.duckdb");
        try (EventStore store = EventStore.open(file)) {
            store.save(article("wire", text(sentences, 0, 20), "", "wire.txt", DAY, List.of()));
            store.save(article("other", text(sentences, 20, 40), "", "other.txt", DAY, List.of()));
        }
        // What a version-4 file is: the same tables, no index.
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP INDEX story_bands_key");
            statement.execute("UPDATE schema_version SET version = 4");
            assertEquals(0, indexes(statement));
        }

        try (EventStore store = EventStore.open(file)) {
            // A republication (the wire text with one paragraph added) still finds its story through the new index.
            store.save(article("repub", text(sentences, 0, 21), "", "repub.txt", DAY, List.of()));
            StoryCluster story = store.stories(StoryQuery.all()).stream().filter(s -> s.articles() == 2).findFirst()
                    .orElseThrow(() -> new AssertionError("the republication joined no story"));
            assertEquals(List.of("repub", "wire"),
                    story.members().stream().map(StoryMember::articleId).sorted().toList());
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            assertEquals(1, indexes(statement));
            try (ResultSet rows = statement.executeQuery("SELECT version FROM schema_version")) {
                assertTrue(rows.next());
                assertEquals(Schema.VERSION, rows.getInt(1));
                assertFalse(rows.next(), "one version row");
            }
        }
    }

    private static int indexes(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery(
                "SELECT count(*) FROM duckdb_indexes() WHERE index_name = 'story_bands_key'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The executed plan of {@code sql} with {@code parameters}, as EXPLAIN ANALYZE prints it. */
    private static String plan(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                explain.setObject(i + 1, parameters.get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(2)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
