package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;

import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Place;
import org.annals.model.Quote;
import org.annals.model.Span;

/**
 * Reads stored rows back into the project's records; the inverse of {@link ArticleWriter}.
 */
final class EventReader {

    private static final String EVENT_COLUMNS = """
            article_id,
            source_code, source_text, source_name, source_entry, source_reason, source_sentence,
            source_begin, source_end,
            target_code, target_text, target_name, target_entry, target_reason, target_sentence,
            target_begin, target_end,
            code, root, quad_class, goldstein, date_value, date_from, date_to, date_basis,
            sentence, span_begin, span_end, trigger, rule, modality, deadline,
            place_name, place_country, place_lat, place_lon, place_geonames, place_population, place_feature,
            claimant_code, claimant_text, claimant_name, claimant_entry, claimant_reason, claimant_sentence,
            claimant_begin, claimant_end""";

    /*
     * "Ordered by event date" means by the start of the interval, then its end, so that "2017-03-05" sorts
     * before "2017-03" and both before "2017-04". content_hash and seq break the remaining ties so that the
     * same query always gives the same order. Unqualified: the query orders the same columns at three levels.
     */
    private static final String ORDER_COLUMNS = "date_from, date_to, article_id, sentence, code, content_hash, seq";

    /*
     * GDELT's counts of one event cluster, over documents: each stored text counts once for every distinct
     * document (URL, or origin without one) it was read from, so an exact duplicate carried by two outlets is two
     * articles, two sources and twice its mentions, while the same page read twice is one.
     */
    private static final String CLUSTER_COUNTS = """
            SELECT c.cluster,
                   count(DISTINCT (c.content_hash, c.seq, p.document)) AS mentions,
                   count(DISTINCT p.document) AS articles,
                   count(DISTINCT p.publisher) AS publishers
            FROM event_clusters c JOIN source_publishers p ON p.content_hash = c.content_hash""";

    /** The event columns qualified for the join with the evidence sentence. */
    private static final String QUALIFIED_EVENT_COLUMNS =
            "e." + EVENT_COLUMNS.strip().replaceAll(",\\s*", ", e.");

    private static final String SELECT_QUOTES = """
            SELECT q.text, q.sentence, q.span_begin, q.span_end, q.speaker_name, q.speaker_code, q.speaker_reason
            FROM quotes q JOIN articles a ON a.content_hash = q.content_hash
            WHERE a.id = ?
            ORDER BY a.coded_at, q.content_hash, q.seq""";

    private final Connection connection;

    EventReader(Connection connection) {
        this.connection = connection;
    }

    boolean contains(String contentHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM articles WHERE content_hash = ?")) {
            select.setString(1, contentHash);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * The events matching {@code query}, each with its evidence, story and event cluster. With {@code perCluster},
     * only the first matching mention of each cluster (in event order), and the limit counts clusters.
     */
    List<StoredEvent> storedEvents(EventQuery query, boolean perCluster) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        forEachStoredEvent(query, perCluster, events::add);
        return List.copyOf(events);
    }

    /**
     * As {@link #storedEvents}, handing each event to {@code action} as its row is read instead of collecting them:
     * the connection streams results (EventStore opens it so), so the rows are read from DuckDB a chunk at a time.
     */
    void forEachStoredEvent(EventQuery query, boolean perCluster, Consumer<StoredEvent> action) throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        query.actor().ifPresent(prefix -> {
            // upper() on both sides: codes are upper case by convention, but the match is promised whatever
            // the case of either. A NULL target simply fails its half of the OR.
            conditions.add("(starts_with(upper(e.source_code), upper(?)) OR starts_with(upper(e.target_code), upper(?)))");
            parameters.add(prefix);
            parameters.add(prefix);
        });
        query.code().ifPresent(prefix -> {
            conditions.add("starts_with(e.code, ?)");
            parameters.add(prefix);
        });
        // Overlap of [date_from, date_to] with [from, to]: neither interval ends before the other starts.
        query.from().ifPresent(from -> {
            conditions.add("e.date_to >= ?");
            parameters.add(from);
        });
        query.to().ifPresent(to -> {
            conditions.add("e.date_from <= ?");
            parameters.add(to);
        });
        query.cluster().ifPresent(cluster -> {
            int colon = cluster.indexOf(':');
            conditions.add("starts_with(c.cluster, ?)");
            parameters.add(colon < 0 ? cluster : cluster.substring(0, colon));
            if (colon >= 0) {
                conditions.add("ends_with(c.cluster, ?)");
                parameters.add(cluster.substring(colon));
            }
        });
        StringBuilder matched = new StringBuilder("SELECT ").append(QUALIFIED_EVENT_COLUMNS)
                .append(", e.content_hash, e.seq, s.text AS evidence, c.cluster, m.story")
                .append(" FROM events e LEFT JOIN sentences s ON s.content_hash = e.content_hash AND s.idx = e.sentence")
                .append(" JOIN event_clusters c ON c.content_hash = e.content_hash AND c.seq = e.seq")
                .append(" JOIN story_members m ON m.content_hash = e.content_hash");
        if (!conditions.isEmpty()) {
            matched.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        String page = perCluster
                ? "SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY cluster ORDER BY " + ORDER_COLUMNS
                        + ") AS place FROM (" + matched + ")) WHERE place = 1 ORDER BY " + ORDER_COLUMNS + " LIMIT ?"
                : "SELECT * FROM (" + matched + ") ORDER BY " + ORDER_COLUMNS + " LIMIT ?";
        String sql = "WITH page AS (" + page + "), counts AS (" + CLUSTER_COUNTS
                + " WHERE c.cluster IN (SELECT cluster FROM page) GROUP BY c.cluster)"
                + " SELECT page.*, counts.mentions, counts.articles, counts.publishers"
                + " FROM page LEFT JOIN counts ON counts.cluster = page.cluster ORDER BY " + ORDER_COLUMNS;

        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int column = 1;
            for (Object parameter : parameters) {
                select.setObject(column++, parameter);
            }
            select.setLong(column, query.limit());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String evidence = rows.getString("evidence");
                    EventCluster cluster = new EventCluster(rows.getString("cluster"), rows.getInt("mentions"),
                            rows.getInt("articles"), rows.getInt("publishers"));
                    action.accept(new StoredEvent(event(rows), evidence == null ? "" : evidence,
                            rows.getString("story"), cluster));
                }
            }
        }
    }

    List<Quote> quotes(String articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_QUOTES)) {
            select.setString(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                List<Quote> quotes = new ArrayList<>();
                while (rows.next()) {
                    String speakerName = rows.getString("speaker_name");
                    Optional<Quote.Speaker> speaker = speakerName == null
                            ? Optional.empty()
                            : Optional.of(new Quote.Speaker(speakerName, rows.getString("speaker_code"),
                                    rows.getString("speaker_reason")));
                    quotes.add(new Quote(rows.getString("text"),
                            new Span(rows.getInt("span_begin"), rows.getInt("span_end")),
                            rows.getInt("sentence"), speaker));
                }
                return List.copyOf(quotes);
            }
        }
    }

    List<StoredMention> personMentions() throws SQLException {
        List<StoredMention> mentions = new ArrayList<>();
        forEachPersonMention(mentions::add);
        return List.copyOf(mentions);
    }

    /** Every stored mention of a registry person, by article date, handed to {@code action} as it is read. */
    void forEachPersonMention(Consumer<StoredMention> action) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT a.id, a.date, m.code, m.text, m.name, m.entry_id, m.reason, m.sentence, m.span_begin, m.span_end
                     FROM actor_mentions m JOIN articles a ON a.content_hash = m.content_hash
                     WHERE m.entry_id LIKE 'person:%'
                     ORDER BY a.date, a.id, m.content_hash, m.seq""")) {
            while (rows.next()) {
                Actor actor = new Actor(rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                        rows.getString(7), rows.getInt(8), new Span(rows.getInt(9), rows.getInt(10)));
                action.accept(new StoredMention(rows.getString(1), rows.getObject(2, LocalDate.class), actor));
            }
        }
    }

    List<String> sources(String contentHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT origin FROM sources WHERE content_hash = ? ORDER BY seen_at, origin")) {
            select.setString(1, contentHash);
            try (ResultSet rows = select.executeQuery()) {
                List<String> origins = new ArrayList<>();
                while (rows.next()) {
                    origins.add(rows.getString(1));
                }
                return List.copyOf(origins);
            }
        }
    }

    StoreCounts counts() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT (SELECT count(*) FROM articles),
                            (SELECT count(*) FROM sentences),
                            (SELECT count(*) FROM actor_mentions),
                            (SELECT count(*) FROM events),
                            (SELECT count(*) FROM quotes),
                            (SELECT count(DISTINCT story) FROM story_members),
                            (SELECT count(DISTINCT cluster) FROM event_clusters)""")) {
            rows.next();
            return new StoreCounts(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                    rows.getLong(5), rows.getLong(6), rows.getLong(7));
        }
    }

    private static Event event(ResultSet rows) throws SQLException {
        Actor source = actor(rows, "source_");
        Optional<Actor> target = rows.getString("target_code") == null
                ? Optional.empty()
                : Optional.of(actor(rows, "target_"));
        EventDate date = new EventDate(rows.getString("date_value"),
                rows.getObject("date_from", LocalDate.class),
                rows.getObject("date_to", LocalDate.class),
                rows.getString("date_basis"));
        return new Event(rows.getString("article_id"), source, target, rows.getString("code"),
                rows.getString("root"), rows.getInt("quad_class"), rows.getDouble("goldstein"), date,
                rows.getInt("sentence"), new Span(rows.getInt("span_begin"), rows.getInt("span_end")),
                rows.getString("trigger"), rows.getString("rule"), modality(rows.getString("modality")),
                Optional.ofNullable(rows.getObject("deadline", LocalDate.class)), place(rows),
                rows.getString("claimant_code") == null ? Optional.empty() : Optional.of(actor(rows, "claimant_")));
    }

    private static Actor actor(ResultSet rows, String prefix) throws SQLException {
        return new Actor(rows.getString(prefix + "code"), rows.getString(prefix + "text"),
                rows.getString(prefix + "name"), rows.getString(prefix + "entry"),
                rows.getString(prefix + "reason"), rows.getInt(prefix + "sentence"),
                new Span(rows.getInt(prefix + "begin"), rows.getInt(prefix + "end")));
    }

    private static Set<Modality> modality(String names) {
        Set<Modality> modality = EnumSet.noneOf(Modality.class);
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                modality.add(Modality.valueOf(name.strip()));
            }
        }
        return modality;
    }

    private static Optional<Place> place(ResultSet rows) throws SQLException {
        String name = rows.getString("place_name");
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(new Place(name, rows.getString("place_country"), rows.getDouble("place_lat"),
                rows.getDouble("place_lon"), rows.getLong("place_geonames"), rows.getLong("place_population"),
                rows.getString("place_feature")));
    }
}
