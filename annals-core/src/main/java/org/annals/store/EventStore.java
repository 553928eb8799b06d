package org.annals.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

import org.annals.cluster.StoryMatcher;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Event;
import org.annals.model.Quote;
import org.duckdb.DuckDBDriver;

/**
 * The embedded DuckDB database that keeps coded articles: their text, sentences, actor mentions, events,
 * quotes and diagnostics. This package is the only place in Annals that speaks SQL; the schema is described
 * in {@code Schema}.
 *
 * <p>Saving is idempotent on the article's content hash, so a batch can be re-run over the same inputs
 * without duplicating anything.
 *
 * <p><b>Threads and processes.</b> Instances are thread-safe in the simplest way: the public methods are
 * synchronized, so calls from several threads are serialised on one connection. DuckDB lets only one
 * process open a file for writing, and a second {@code open} of the same file in the same JVM would hold a
 * second database instance over it; callers should open each file once and share the store.
 *
 * <p>A store holds a database connection: close it, ideally with try-with-resources. Every method but
 * {@link #close()} throws {@link IllegalStateException} once the store is closed.
 */
public final class EventStore implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final Clock clock;
    private final ArticleWriter writer;
    private final StoryClusters stories;
    private final EventClusters eventClusters;
    private final EventReader reader;
    private final UnknownNameReader unknownNames;
    private final ClusterReader clusterReader;
    private boolean closed;
    /** True while a forEach method hands rows to its action: the store must not be called from there. */
    private boolean streaming;

    private EventStore(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
        this.writer = new ArticleWriter(connection);
        StoryMatcher matcher = StoryMatcher.standard();
        this.stories = new StoryClusters(connection, matcher);
        this.eventClusters = new EventClusters(connection);
        this.reader = new EventReader(connection);
        this.unknownNames = new UnknownNameReader(connection);
        this.clusterReader = new ClusterReader(connection);
    }

    /**
     * Opens the database at {@code databaseFile}, creating its parent directories, the file and the schema
     * when they do not exist yet.
     *
     * @throws StoreException naming the path when it cannot be opened: it is a directory, a parent cannot be
     *                        created, another process holds it, or it was written by an incompatible version
     */
    public static EventStore open(Path databaseFile) {
        return open(databaseFile, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps {@code coded_at}, so that tests can fix it. */
    static EventStore open(Path databaseFile, Clock clock) {
        Objects.requireNonNull(databaseFile, "databaseFile");
        Objects.requireNonNull(clock, "clock");
        Path file = databaseFile.toAbsolutePath().normalize();
        // DuckDB's own message for a directory is about a failed read; say what is actually wrong.
        if (Files.isDirectory(file)) {
            throw new StoreException("cannot open event store " + file + ": it is a directory");
        }
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the directory of event store " + file + ": " + e, e);
        }
        Connection connection;
        try {
            // Streamed results: a query's rows are produced as they are read rather than all materialised first,
            // which is what lets forEachStoredEvent read a store of any size. The price is that a statement must
            // not run while another's rows are still being read; every method here reads its rows to the end
            // (or closes them) before the next statement, and the forEach methods refuse calls from their actions.
            Properties properties = new Properties();
            properties.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
            connection = DriverManager.getConnection("jdbc:duckdb:" + file, properties);
        } catch (SQLException e) {
            throw new StoreException("cannot open event store " + file + ": " + e.getMessage(), e);
        }
        try {
            Schema.createOrCheck(connection, file);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            if (e instanceof StoreException storeException) {
                throw storeException;
            }
            throw new StoreException("cannot create the schema of event store " + file + ": " + e.getMessage(), e);
        }
        return new EventStore(file, connection, clock);
    }

    /** The absolute path of the database file. */
    public Path file() {
        return file;
    }

    /** True when an article with this content hash is stored. */
    public synchronized boolean contains(String contentHash) {
        Objects.requireNonNull(contentHash, "contentHash");
        requireOpen();
        try {
            return reader.contains(contentHash);
        } catch (SQLException e) {
            throw failure("cannot look up content hash " + contentHash, e);
        }
    }

    /**
     * Stores the article and everything coded from it in one transaction: all of it or, on failure, none. The
     * article joins its story cluster (the stored texts it nearly duplicates) and its events join their event
     * clusters in the same transaction; see {@code Schema} and the package {@code org.annals.cluster}.
     *
     * @return {@link SaveOutcome#ALREADY_STORED}, writing nothing, when an article with the same content hash
     *         is stored; {@link SaveOutcome#STORED} otherwise
     * @throws StoreException naming the article when the write fails; the transaction is rolled back
     */
    public synchronized SaveOutcome save(CodedArticle article) {
        Objects.requireNonNull(article, "article");
        requireOpen();
        String hash = article.article().contentHash();
        try {
            connection.setAutoCommit(false);
            try {
                // Checked inside the transaction, so the answer still holds when the rows are written.
                if (reader.contains(hash)) {
                    connection.rollback();
                    return SaveOutcome.ALREADY_STORED;
                }
                writer.write(article, LocalDateTime.now(clock));
                StoryClusters.Assignment story = stories.assign(hash, article.article().text());
                eventClusters.assign(hash, article.events(), story);
                connection.commit();
                return SaveOutcome.STORED;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            throw failure("cannot store article " + article.article().id() + " (content hash " + hash + ")", e);
        }
    }

    /**
     * Records another place an already stored text was read from (an exact duplicate: a wire story carried by
     * several outlets). True when the origin is new for that text; recording it twice changes nothing.
     */
    public synchronized boolean recordSource(Article article) {
        Objects.requireNonNull(article, "article");
        requireOpen();
        try {
            return writer.writeSource(article, LocalDateTime.now(clock));
        } catch (SQLException e) {
            throw failure("cannot record the source " + article.origin() + " of article " + article.id(), e);
        }
    }

    /** Every origin a stored text was read from, in the order they were first seen. */
    public synchronized List<String> sources(String contentHash) {
        Objects.requireNonNull(contentHash, "contentHash");
        requireOpen();
        try {
            return reader.sources(contentHash);
        } catch (SQLException e) {
            throw failure("cannot read the sources of " + contentHash, e);
        }
    }

    /** The stored events matching {@code query}, ordered by event date, article id, sentence, then code. */
    public List<Event> events(EventQuery query) {
        return storedEvents(query).stream().map(StoredEvent::event).toList();
    }

    /**
     * Like {@link #events(EventQuery)}, each event with the text of its evidence sentence, the story cluster of its
     * article and its event cluster with GDELT's counts (over the whole cluster, not only the matching mentions).
     */
    public synchronized List<StoredEvent> storedEvents(EventQuery query) {
        Objects.requireNonNull(query, "query");
        requireOpen();
        try {
            return reader.storedEvents(query, false);
        } catch (SQLException e) {
            throw failure("cannot read events for " + query, e);
        }
    }

    /**
     * One row per event cluster with a mention matching {@code query}: its first matching mention in event order,
     * with the cluster's counts; ordered like {@link #storedEvents}, the limit counting clusters.
     */
    public synchronized List<StoredEvent> eventClusters(EventQuery query) {
        Objects.requireNonNull(query, "query");
        requireOpen();
        try {
            return reader.storedEvents(query, true);
        } catch (SQLException e) {
            throw failure("cannot read event clusters for " + query, e);
        }
    }

    /** The story clusters matching {@code query}, by first article date, then id, with their members. */
    public synchronized List<StoryCluster> stories(StoryQuery query) {
        Objects.requireNonNull(query, "query");
        requireOpen();
        try {
            return clusterReader.stories(query);
        } catch (SQLException e) {
            throw failure("cannot read stories for " + query, e);
        }
    }

    /**
     * Like {@link #storedEvents}, handing each event to {@code action} as it is read from the database instead of
     * collecting them, so that the whole store can be read with memory for one chunk of rows: {@code annals state}
     * folds the store's events into the world state this way. The action must not call this store (it would
     * interrupt the rows being read): such a call throws {@link IllegalStateException}.
     */
    public synchronized void forEachStoredEvent(EventQuery query, Consumer<StoredEvent> action) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(action, "action");
        requireOpen();
        streaming = true;
        try {
            reader.forEachStoredEvent(query, false, action);
        } catch (SQLException e) {
            throw failure("cannot read events for " + query, e);
        } finally {
            streaming = false;
        }
    }

    /** Like {@link #personMentions}, handing each mention to {@code action} as it is read; the action must not call this store. */
    public synchronized void forEachPersonMention(Consumer<StoredMention> action) {
        Objects.requireNonNull(action, "action");
        requireOpen();
        streaming = true;
        try {
            reader.forEachPersonMention(action);
        } catch (SQLException e) {
            throw failure("cannot read actor mentions", e);
        } finally {
            streaming = false;
        }
    }

    /** Every stored mention of a registry person, by article date: the titles people hold come from these. */
    public synchronized List<StoredMention> personMentions() {
        requireOpen();
        try {
            return reader.personMentions();
        } catch (SQLException e) {
            throw failure("cannot read actor mentions", e);
        }
    }

    /**
     * The names the actor registry could not code, counted over the stored articles: the {@code limit} most
     * mentioned first (then those in most articles, then by name).
     */
    public synchronized List<UnknownNameSummary> unknownNames(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        requireOpen();
        try {
            return unknownNames.summaries(Optional.empty(), limit);
        } catch (SQLException e) {
            throw failure("cannot count unknown names", e);
        }
    }

    /** One unknown name counted over the stored articles (case and accents do not matter); empty when never stored. */
    public synchronized Optional<UnknownNameSummary> unknownName(String name) {
        Objects.requireNonNull(name, "name");
        requireOpen();
        try {
            List<UnknownNameSummary> found = unknownNames.summaries(Optional.of(name), 1);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        } catch (SQLException e) {
            throw failure("cannot look up unknown name '" + name + "'", e);
        }
    }

    /**
     * The quotations of the articles with this id, in text order; empty when there are none. Should two stored
     * articles share the id, the quotes of the one coded first come first.
     */
    public synchronized List<Quote> quotes(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        requireOpen();
        try {
            return reader.quotes(articleId);
        } catch (SQLException e) {
            throw failure("cannot read the quotes of article " + articleId, e);
        }
    }

    /** How many articles, sentences, actor mentions, events and quotes are stored. */
    public synchronized StoreCounts counts() {
        requireOpen();
        try {
            return reader.counts();
        } catch (SQLException e) {
            throw failure("cannot count stored rows", e);
        }
    }

    /** Closes the database; closing twice does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("cannot close", e);
        }
    }

    @Override
    public String toString() {
        return "EventStore[" + file + "]";
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("event store " + file + " is closed");
        }
        if (streaming) {
            throw new IllegalStateException("event store " + file + " was called from a forEach action");
        }
    }

    private StoreException failure(String what, Exception cause) {
        return new StoreException(what + " in event store " + file + ": " + cause.getMessage(), cause);
    }

    private void rollbackQuietly(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
