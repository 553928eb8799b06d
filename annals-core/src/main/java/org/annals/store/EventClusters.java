package org.annals.store;

import static org.annals.store.StoryClusters.placeholders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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
 */
final class EventClusters {

    private final Connection connection;

    EventClusters(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param story  the story the article is in now
     * @param merged true when the article joined stories that were apart: their older mentions may link now
     */
    void assign(String contentHash, List<Event> events, String story, boolean merged) throws SQLException {
        if (events.isEmpty() && !merged) {
            return;
        }
        List<EventMention> fresh = new ArrayList<>();
        for (int seq = 0; seq < events.size(); seq++) {
            Event event = events.get(seq);
            MentionId id = new MentionId(contentHash, seq);
            fresh.add(new EventMention(id, EventLinker.key(event), event.date().value(), event.date().from(),
                    event.date().to(), story, id));
        }
        List<EventMention> all = new ArrayList<>(stored(fresh, story));
        all.addAll(fresh);
        Map<MentionId, MentionId> clusters = EventLinker.merge(all);
        rename(clusters);
        insert(fresh, clusters);
    }

    /** The stored mentions in {@code story}, and those sharing a key and a date value with a fresh one. */
    private List<EventMention> stored(List<EventMention> fresh, String story) throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> dates = new LinkedHashSet<>();
        fresh.forEach(m -> {
            keys.add(m.key());
            dates.add(m.dateValue());
        });
        StringBuilder sql = new StringBuilder("""
                SELECT c.content_hash, c.seq, c.event_key, c.date_value, c.date_from, c.date_to, c.cluster, m.story
                FROM event_clusters c JOIN story_members m ON m.content_hash = c.content_hash
                WHERE c.content_hash IN (SELECT content_hash FROM story_members WHERE story = ?)""");
        if (!keys.isEmpty()) {
            // Key and date are each matched against every fresh one's: a few extra rows, all harmless, since
            // stored mentions that link to each other are in one cluster already.
            sql.append(" OR (c.event_key IN (").append(placeholders(keys.size()))
                    .append(") AND c.date_value IN (").append(placeholders(dates.size())).append("))");
        }
        sql.append(" ORDER BY c.content_hash, c.seq");
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int column = 1;
            select.setString(column++, story);
            for (String key : keys) {
                select.setString(column++, key);
            }
            for (String date : dates) {
                select.setString(column++, date);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<EventMention> mentions = new ArrayList<>();
                while (rows.next()) {
                    mentions.add(new EventMention(new MentionId(rows.getString(1), rows.getInt(2)), rows.getString(3),
                            rows.getString(4), rows.getObject(5, LocalDate.class), rows.getObject(6, LocalDate.class),
                            rows.getString(8), MentionId.parse(rows.getString(7))));
                }
                return mentions;
            }
        }
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

    private void insert(List<EventMention> fresh, Map<MentionId, MentionId> clusters) throws SQLException {
        if (fresh.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO event_clusters (content_hash, seq, event_key, date_value, date_from, date_to, cluster)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (EventMention mention : fresh) {
                insert.setString(1, mention.id().contentHash());
                insert.setInt(2, mention.id().seq());
                insert.setString(3, mention.key());
                insert.setString(4, mention.dateValue());
                insert.setObject(5, mention.from());
                insert.setObject(6, mention.to());
                insert.setString(7, clusters.get(mention.cluster()).toString());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
