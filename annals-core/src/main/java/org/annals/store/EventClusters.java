package org.annals.store;

import static org.annals.store.Statements.placeholders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.annals.cluster.EventLinker;
import org.annals.cluster.EventMention;
import org.annals.cluster.MentionId;
import org.annals.model.Event;

/**
 * Puts a newly stored article's events into event clusters. It reads every stored mention that can link to the
 * new ones (same event key and date value, or same story), lets {@link EventLinker} merge, then renames the
 * merged clusters and writes the new mentions. Runs inside the transaction of {@link EventStore#save}, after
 * {@link StoryClusters} has placed the article in its story.
 *
 * <p>Each look-up reads one table: joins cost DuckDB a hash table over the whole of one side, and these are
 * point look-ups run once per article.
 */
final class EventClusters {

    private static final List<String> COLUMNS =
            List.of("content_hash", "seq", "event_key", "date_value", "date_from", "date_to", "cluster");

    private final Connection connection;

    EventClusters(Connection connection) {
        this.connection = connection;
    }

    /** Clusters the events of the article {@code contentHash}, which {@code story} says where it landed. */
    void assign(String contentHash, List<Event> events, StoryClusters.Assignment story) throws SQLException {
        if (events.isEmpty() && !story.merged()) {
            return;
        }
        List<EventMention> fresh = new ArrayList<>();
        for (int seq = 0; seq < events.size(); seq++) {
            Event event = events.get(seq);
            MentionId id = new MentionId(contentHash, seq);
            fresh.add(new EventMention(id, EventLinker.key(event), event.date().value(), event.date().from(),
                    event.date().to(), story.story(), id));
        }
        // An article alone in its story has no story-mates, and its own mentions are not stored yet.
        List<String> storyMates = story.joined() ? members(story.story()) : List.of();
        List<EventMention> all = new ArrayList<>(stored(fresh, storyMates, story.story()));
        all.addAll(fresh);
        Map<MentionId, MentionId> clusters = EventLinker.merge(all);
        rename(clusters);
        List<List<Object>> rows = new ArrayList<>();
        for (EventMention m : fresh) {
            rows.add(List.of(m.id().contentHash(), m.id().seq(), m.key(), m.dateValue(), m.from(), m.to(),
                    clusters.get(m.cluster()).toString()));
        }
        Statements.insertRows(connection, "event_clusters", COLUMNS, rows);
    }

    private List<String> members(String story) throws SQLException {
        List<String> hashes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT content_hash FROM story_members WHERE story = ? ORDER BY content_hash")) {
            select.setString(1, story);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hashes.add(rows.getString(1));
                }
            }
        }
        return hashes;
    }

    /**
     * The stored mentions of {@code storyMates}, and those sharing a key and a date value with a fresh one, each
     * with the story of its article.
     */
    private List<EventMention> stored(List<EventMention> fresh, List<String> storyMates, String story)
            throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> dates = new LinkedHashSet<>();
        fresh.forEach(m -> {
            keys.add(m.key());
            dates.add(m.dateValue());
        });
        List<String> conditions = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        if (!storyMates.isEmpty()) {
            conditions.add("content_hash IN (" + placeholders(storyMates.size()) + ")");
            parameters.addAll(storyMates);
        }
        if (!keys.isEmpty()) {
            // Key and date are each matched against every fresh one's: a few extra rows, all harmless, since
            // stored mentions that link to each other are in one cluster already.
            conditions.add("(event_key IN (" + placeholders(keys.size()) + ") AND date_value IN ("
                    + placeholders(dates.size()) + "))");
            parameters.addAll(keys);
            parameters.addAll(dates);
        }
        if (conditions.isEmpty()) {
            return List.of();
        }
        record Row(MentionId id, String key, String dateValue, LocalDate from, LocalDate to, MentionId cluster) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + String.join(", ", COLUMNS)
                + " FROM event_clusters WHERE " + String.join(" OR ", conditions) + " ORDER BY content_hash, seq")) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setString(i + 1, parameters.get(i));
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(new MentionId(result.getString(1), result.getInt(2)), result.getString(3),
                            result.getString(4), result.getObject(5, LocalDate.class),
                            result.getObject(6, LocalDate.class), MentionId.parse(result.getString(7))));
                }
            }
        }
        Map<String, String> stories = stories(rows.stream().map(r -> r.id().contentHash())
                .filter(hash -> !storyMates.contains(hash)).distinct().toList());
        storyMates.forEach(hash -> stories.put(hash, story));
        return rows.stream().map(r -> new EventMention(r.id(), r.key(), r.dateValue(), r.from(), r.to(),
                stories.get(r.id().contentHash()), r.cluster())).toList();
    }

    /** The story of each of {@code hashes}. */
    private Map<String, String> stories(List<String> hashes) throws SQLException {
        Map<String, String> stories = new HashMap<>();
        if (hashes.isEmpty()) {
            return stories;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT content_hash, story FROM story_members WHERE content_hash IN (" + placeholders(hashes.size())
                        + ")")) {
            for (int i = 0; i < hashes.size(); i++) {
                select.setString(i + 1, hashes.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stories.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return stories;
    }

    /** Renames every stored cluster that was merged into another. */
    private void rename(Map<MentionId, MentionId> clusters) throws SQLException {
        Map<MentionId, List<String>> renamed = new TreeMap<>();
        clusters.forEach((from, to) -> {
            if (!from.equals(to)) {
                renamed.computeIfAbsent(to, k -> new ArrayList<>()).add(from.toString());
            }
        });
        for (Map.Entry<MentionId, List<String>> entry : renamed.entrySet()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE event_clusters SET cluster = ? WHERE cluster IN ("
                            + placeholders(entry.getValue().size()) + ")")) {
                update.setString(1, entry.getKey().toString());
                for (int i = 0; i < entry.getValue().size(); i++) {
                    update.setString(i + 2, entry.getValue().get(i));
                }
                update.executeUpdate();
            }
        }
    }
}
