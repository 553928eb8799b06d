package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.cluster.Signature;

/** Reads story clusters back with their members and copies; the read side of {@link StoryClusters}. */
final class ClusterReader {

    /** Each story's span and counts over documents, as {@link EventCluster} counts events. */
    private static final String STORY_STATS = """
            SELECT m.story, min(a.date) AS first, max(a.date) AS last,
                   count(DISTINCT p.document) AS articles, count(DISTINCT p.publisher) AS publishers
            FROM story_members m JOIN articles a ON a.content_hash = m.content_hash
                 JOIN source_publishers p ON p.content_hash = m.content_hash
            GROUP BY m.story""";

    private final Connection connection;

    ClusterReader(Connection connection) {
        this.connection = connection;
    }

    private record Row(String story, LocalDate first, LocalDate last, int articles, int sources, String contentHash,
                       Optional<Signature> signature, String id, String title, LocalDate date) {
    }

    List<StoryCluster> stories(StoryQuery query) throws SQLException {
        List<String> conditions = new ArrayList<>(List.of("articles >= ?"));
        List<Object> parameters = new ArrayList<>(List.of(query.minArticles()));
        query.from().ifPresent(from -> {
            conditions.add("last >= ?");
            parameters.add(from);
        });
        query.to().ifPresent(to -> {
            conditions.add("first <= ?");
            parameters.add(to);
        });
        parameters.add(query.limit());
        String selected = "WITH selected AS (SELECT * FROM (" + STORY_STATS + ") WHERE "
                + String.join(" AND ", conditions) + " ORDER BY first, story LIMIT ?) ";

        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(selected + """
                SELECT s.story, s.first, s.last, s.articles, s.publishers, m.content_hash, m.signature, a.id, a.title,
                       a.date
                FROM selected s JOIN story_members m ON m.story = s.story
                     JOIN articles a ON a.content_hash = m.content_hash
                ORDER BY s.first, s.story, a.date, a.id, m.content_hash""")) {
            bind(select, parameters);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    byte[] signature = result.getBytes(7);
                    rows.add(new Row(result.getString(1), result.getObject(2, LocalDate.class),
                            result.getObject(3, LocalDate.class), result.getInt(4), result.getInt(5),
                            result.getString(6),
                            signature == null ? Optional.empty() : Optional.of(StoryClusters.decode(signature)),
                            result.getString(8), result.getString(9), result.getObject(10, LocalDate.class)));
                }
            }
        }
        Map<String, List<StoryMember.Copy>> copies = copies(selected, parameters);

        Map<String, List<Row>> byStory = new LinkedHashMap<>();
        rows.forEach(row -> byStory.computeIfAbsent(row.story(), k -> new ArrayList<>()).add(row));
        List<StoryCluster> stories = new ArrayList<>();
        for (List<Row> members : byStory.values()) {
            Row first = members.get(0);
            Optional<Signature> namesake = members.stream().filter(r -> r.contentHash().equals(r.story())).findFirst()
                    .flatMap(Row::signature);
            List<StoryMember> storyMembers = members.stream().map(r -> new StoryMember(r.contentHash(), r.id(),
                    r.title(), r.date(), similarity(r, namesake), copies.getOrDefault(r.contentHash(), List.of())))
                    .toList();
            stories.add(new StoryCluster(first.story(), first.first(), first.last(), first.articles(), first.sources(),
                    storyMembers));
        }
        return List.copyOf(stories);
    }

    /** Every place each member of the selected stories was read from, first seen first. */
    private Map<String, List<StoryMember.Copy>> copies(String selected, List<Object> parameters) throws SQLException {
        Map<String, List<StoryMember.Copy>> copies = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(selected + """
                SELECT s.content_hash, s.origin, s.url, p.publisher
                FROM sources s JOIN source_publishers p ON p.content_hash = s.content_hash AND p.origin = s.origin
                WHERE s.content_hash IN (SELECT content_hash FROM story_members
                                         WHERE story IN (SELECT story FROM selected))
                ORDER BY s.content_hash, s.seen_at, s.origin""")) {
            bind(select, parameters);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    copies.computeIfAbsent(result.getString(1), k -> new ArrayList<>())
                            .add(new StoryMember.Copy(result.getString(2), result.getString(3), result.getString(4)));
                }
            }
        }
        return copies;
    }

    private static double similarity(Row row, Optional<Signature> namesake) {
        if (row.contentHash().equals(row.story())) {
            return 1.0;
        }
        if (row.signature().isEmpty() || namesake.isEmpty()) {
            return 0.0;
        }
        return row.signature().get().similarity(namesake.get());
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
