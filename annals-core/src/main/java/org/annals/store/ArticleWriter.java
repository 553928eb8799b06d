package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.annals.cluster.Publisher;
import org.annals.model.Actor;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Diagnostic;
import org.annals.model.Event;
import org.annals.model.Place;
import org.annals.model.Quote;
import org.annals.model.SentenceText;
import org.annals.model.UnknownName;

/**
 * Writes one coded article's rows. It runs inside the transaction {@link EventStore#save} opens and never
 * commits itself, so a failure part way leaves nothing behind.
 *
 * <p>Batched prepared statements rather than DuckDB's appender: an article has tens of rows, the appender's
 * speed only shows on bulk loads, and prepared statements keep the column lists in one readable place.
 */
final class ArticleWriter {

    private static final String INSERT_ARTICLE = """
            INSERT INTO articles (content_hash, id, title, date, url, origin, text, coded_at, language)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_SENTENCE = """
            INSERT INTO sentences (content_hash, idx, paragraph, span_begin, span_end, text)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_ACTOR = """
            INSERT INTO actor_mentions (content_hash, seq, code, text, name, entry_id, reason, sentence,
                                        span_begin, span_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_EVENT = """
            INSERT INTO events (content_hash, seq, article_id,
                source_code, source_text, source_name, source_entry, source_reason, source_sentence,
                source_begin, source_end,
                target_code, target_text, target_name, target_entry, target_reason, target_sentence,
                target_begin, target_end,
                code, root, quad_class, goldstein, date_value, date_from, date_to, date_basis,
                sentence, span_begin, span_end, trigger, rule, modality, deadline,
                place_name, place_country, place_lat, place_lon, place_geonames, place_population, place_feature,
                claimant_code, claimant_text, claimant_name, claimant_entry, claimant_reason, claimant_sentence,
                claimant_begin, claimant_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_QUOTE = """
            INSERT INTO quotes (content_hash, seq, text, sentence, span_begin, span_end,
                                speaker_name, speaker_code, speaker_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_UNKNOWN = """
            INSERT INTO unknown_names (content_hash, seq, name, kind, text, code, entry_id, reason, sentence,
                                       span_begin, span_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_DIAGNOSTIC = """
            INSERT INTO diagnostics (content_hash, seq, severity, kind, origin, position, message)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    /** The number of columns {@link #setActor} fills. */
    private static final int ACTOR_COLUMNS = 8;

    private final Connection connection;

    ArticleWriter(Connection connection) {
        this.connection = connection;
    }

    void write(CodedArticle coded, LocalDateTime codedAt) throws SQLException {
        String hash = coded.article().contentHash();
        writeArticle(coded.article(), coded.language(), codedAt);
        writeSource(coded.article(), codedAt);
        writeSentences(hash, coded.sentences());
        writeActors(hash, coded.actors());
        writeEvents(hash, coded.events());
        writeQuotes(hash, coded.quotes());
        writeDiagnostics(hash, coded.diagnostics());
        writeUnknownNames(hash, coded.unknown());
    }

    /**
     * Records that {@code article}'s text was read from its origin, with the document and publisher that origin
     * counts as in the event counts; true when that origin is new for the text.
     */
    boolean writeSource(Article article, LocalDateTime seenAt) throws SQLException {
        boolean added;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO sources (content_hash, origin, id, url, seen_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, article.contentHash());
            insert.setString(2, article.origin());
            insert.setString(3, article.id());
            insert.setString(4, article.url());
            insert.setObject(5, seenAt);
            added = insert.executeUpdate() > 0;
        }
        Publisher publisher = Publisher.of(article.url(), article.origin());
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT OR IGNORE INTO source_publishers (content_hash, origin, document, publisher)
                VALUES (?, ?, ?, ?)""")) {
            insert.setString(1, article.contentHash());
            insert.setString(2, article.origin());
            insert.setString(3, publisher.document());
            insert.setString(4, publisher.name());
            insert.executeUpdate();
        }
        return added;
    }

    private void writeArticle(Article article, String language, LocalDateTime codedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ARTICLE)) {
            insert.setString(1, article.contentHash());
            insert.setString(2, article.id());
            insert.setString(3, article.title());
            insert.setObject(4, article.date());
            insert.setString(5, article.url());
            insert.setString(6, article.origin());
            insert.setString(7, article.text());
            insert.setObject(8, codedAt);
            insert.setString(9, language);
            insert.executeUpdate();
        }
    }

    private void writeSentences(String hash, List<SentenceText> sentences) throws SQLException {
        if (sentences.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SENTENCE)) {
            for (SentenceText sentence : sentences) {
                insert.setString(1, hash);
                insert.setInt(2, sentence.index());
                insert.setInt(3, sentence.paragraph());
                insert.setInt(4, sentence.span().begin());
                insert.setInt(5, sentence.span().end());
                insert.setString(6, sentence.text());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void writeActors(String hash, List<Actor> actors) throws SQLException {
        if (actors.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ACTOR)) {
            for (int seq = 0; seq < actors.size(); seq++) {
                insert.setString(1, hash);
                insert.setInt(2, seq);
                setActor(insert, 3, Optional.of(actors.get(seq)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void writeEvents(String hash, List<Event> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
            for (int seq = 0; seq < events.size(); seq++) {
                Event event = events.get(seq);
                int column = 1;
                insert.setString(column++, hash);
                insert.setInt(column++, seq);
                insert.setString(column++, event.articleId());
                column = setActor(insert, column, Optional.of(event.source()));
                column = setActor(insert, column, event.target());
                insert.setString(column++, event.code());
                insert.setString(column++, event.root());
                insert.setInt(column++, event.quadClass());
                insert.setDouble(column++, event.goldstein());
                insert.setString(column++, event.date().value());
                insert.setObject(column++, event.date().from());
                insert.setObject(column++, event.date().to());
                insert.setString(column++, event.date().basis());
                insert.setInt(column++, event.sentence());
                insert.setInt(column++, event.span().begin());
                insert.setInt(column++, event.span().end());
                insert.setString(column++, event.trigger());
                insert.setString(column++, event.rule());
                insert.setString(column++, event.modality().stream().map(Enum::name).sorted()
                        .collect(java.util.stream.Collectors.joining(",")));
                insert.setObject(column++, event.deadline().orElse(null));
                Optional<Place> place = event.location();
                insert.setString(column++, place.map(Place::name).orElse(null));
                insert.setString(column++, place.map(Place::country).orElse(null));
                insert.setObject(column++, place.map(Place::latitude).orElse(null));
                insert.setObject(column++, place.map(Place::longitude).orElse(null));
                insert.setObject(column++, place.map(Place::geonamesId).orElse(null));
                insert.setObject(column++, place.map(Place::population).orElse(null));
                insert.setString(column++, place.map(Place::featureCode).orElse(null));
                setActor(insert, column, event.claimant());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void writeQuotes(String hash, List<Quote> quotes) throws SQLException {
        if (quotes.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_QUOTE)) {
            for (int seq = 0; seq < quotes.size(); seq++) {
                Quote quote = quotes.get(seq);
                insert.setString(1, hash);
                insert.setInt(2, seq);
                insert.setString(3, quote.text());
                insert.setInt(4, quote.sentence());
                insert.setInt(5, quote.span().begin());
                insert.setInt(6, quote.span().end());
                Optional<Quote.Speaker> speaker = quote.speaker();
                setNullableString(insert, 7, speaker.map(Quote.Speaker::name));
                setNullableString(insert, 8, speaker.map(Quote.Speaker::code));
                setNullableString(insert, 9, speaker.map(Quote.Speaker::reason));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void writeUnknownNames(String hash, List<UnknownName> names) throws SQLException {
        if (names.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_UNKNOWN)) {
            for (int seq = 0; seq < names.size(); seq++) {
                UnknownName name = names.get(seq);
                insert.setString(1, hash);
                insert.setInt(2, seq);
                insert.setString(3, name.name());
                insert.setString(4, name.kind().name());
                insert.setString(5, name.text());
                setNullableString(insert, 6, name.code());
                setNullableString(insert, 7, name.entry());
                insert.setString(8, name.reason());
                insert.setInt(9, name.sentence());
                insert.setInt(10, name.span().begin());
                insert.setInt(11, name.span().end());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void writeDiagnostics(String hash, List<Diagnostic> diagnostics) throws SQLException {
        if (diagnostics.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_DIAGNOSTIC)) {
            for (int seq = 0; seq < diagnostics.size(); seq++) {
                Diagnostic diagnostic = diagnostics.get(seq);
                insert.setString(1, hash);
                insert.setInt(2, seq);
                insert.setString(3, diagnostic.severity().name());
                insert.setString(4, diagnostic.kind());
                insert.setString(5, diagnostic.origin());
                insert.setString(6, diagnostic.position());
                insert.setString(7, diagnostic.message());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Fills the eight actor columns (code, text, name, entry, reason, sentence, begin, end) from {@code first};
     * all NULL when there is no actor. Returns the next free column.
     */
    private static int setActor(PreparedStatement insert, int first, Optional<Actor> actor) throws SQLException {
        if (actor.isEmpty()) {
            for (int i = 0; i < ACTOR_COLUMNS; i++) {
                int type = i < 5 ? Types.VARCHAR : Types.INTEGER;
                insert.setNull(first + i, type);
            }
            return first + ACTOR_COLUMNS;
        }
        Actor a = actor.get();
        insert.setString(first, a.code());
        insert.setString(first + 1, a.text());
        insert.setString(first + 2, a.name());
        insert.setString(first + 3, a.entryId());
        insert.setString(first + 4, a.reason());
        insert.setInt(first + 5, a.sentence());
        insert.setInt(first + 6, a.span().begin());
        insert.setInt(first + 7, a.span().end());
        return first + ACTOR_COLUMNS;
    }

    private static void setNullableString(PreparedStatement insert, int column, Optional<String> value)
            throws SQLException {
        if (value.isPresent()) {
            insert.setString(column, value.get());
        } else {
            insert.setNull(column, Types.VARCHAR);
        }
    }
}
