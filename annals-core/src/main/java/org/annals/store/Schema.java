package org.annals.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/*
 * Design note: the store's schema (version 5).
 *
 *   schema_version(version INTEGER)                         -- one row: 5
 *   articles(content_hash PK, id, title, date DATE, url, origin, text, coded_at TIMESTAMP,
 *            language)                                      -- ISO 639-1 code, 'und' when not told (version 4)
 *   sentences(content_hash, idx, paragraph, span_begin, span_end, text)               PK (content_hash, idx)
 *   actor_mentions(content_hash, seq, code, text, name, entry_id, reason, sentence, span_begin, span_end)
 *   events(content_hash, seq, article_id,
 *          source_code, source_text, source_name, source_entry, source_reason, source_sentence,
 *          source_begin, source_end,
 *          target_code ... target_end                       -- the same eight columns, all NULL without target
 *          code, root, quad_class, goldstein DOUBLE,
 *          date_value, date_from DATE, date_to DATE, date_basis,
 *          sentence, span_begin, span_end, trigger, rule,
 *          modality,                                        -- comma-separated Modality names, '' when none
 *          deadline DATE,                                   -- NULL when the act sets none
 *          place_name, place_country, place_lat DOUBLE, place_lon DOUBLE, place_geonames BIGINT,
 *          place_population BIGINT, place_feature,          -- all NULL without a location
 *          claimant_code ... claimant_end)                  -- version 4: the actor columns again, for who claims
 *                                                           -- a REPORTED event; all NULL when nobody is named
 *   quotes(content_hash, seq, text, sentence, span_begin, span_end,
 *          speaker_name, speaker_code, speaker_reason)      -- speaker columns NULL when unattributed
 *   diagnostics(content_hash, seq, severity, kind, origin, position, message)
 *   sources(content_hash, origin, id, url, seen_at TIMESTAMP)  PK (content_hash, origin): every place a text
 *          was read from, the first one and each exact duplicate after it (added in version 3 without a bump:
 *          the table is created on open and starts empty)
 *   unknown_names(content_hash, seq, name, kind, text, code, entry_id, reason, sentence, span_begin, span_end)
 *          every mention of a person or organisation the actor registry could not code that day (added in
 *          version 4; see the block below)
 *
 * Every child table is keyed by (content_hash, seq), seq being the row's position in the CodedArticle's list,
 * so reading back in seq order restores the coder's order. The content hash, not the article id, is the key:
 * ids come from file names and feeds and are not unique, while the hash is what makes ingest idempotent.
 *
 * Events carry their actors in full (denormalised) rather than pointing into actor_mentions: an event must
 * read back equal to the record that was saved, and a query over millions of events should not need joins.
 * actor_mentions keeps every mention, including those no event uses.
 *
 * There are no foreign keys: children are only ever written in the same transaction as their article row,
 * so the references hold by construction, and DuckDB's foreign keys would only add index checks to every
 * insert. There is one secondary index (version 5, below); otherwise DuckDB scans columns with min/max zone maps,
 * which serves the date and prefix filters of EventQuery well without ART indexes to maintain.
 *
 * Version 4 (story and event clusters; its tables are the block CLUSTER_TABLES below):
 *   story_members(content_hash PK, story, shingles INTEGER, signature BLOB)
 *          one row per stored text: the story cluster it is in (named after its least member's content hash),
 *          its shingle count and MinHash signature (big-endian 64-bit values; NULL for a text without words)
 *   story_bands(band_key BIGINT, content_hash)       the LSH key of each band of each signature
 *   event_clusters(content_hash, seq, event_key, date_value, date_from DATE, date_to DATE, cluster)
 *          PK (content_hash, seq): one row per events row, its event key and date (copied so that linking
 *          reads one narrow table) and the event cluster it is in (named HASH:SEQ after its least mention)
 *   source_publishers(content_hash, origin, document, publisher)  PK (content_hash, origin): for each sources
 *          row, the document (URL, or origin without one) and publisher (URL host, or origin file) it counts as
 * Clusters are written in the transaction that saves the article, so a text is never stored without them;
 * the rules are in org.annals.cluster (StoryMatcher, EventLinker), the SQL in StoryClusters and EventClusters.
 * story_bands has no key; it is only ever appended to and looked up with an IN list of 40 keys (see version 5).
 * Counts (NumMentions, NumArticles, NumSources) are not stored but counted when read, so no write can leave
 * them stale.
 *
 * Version 5 (branch 'storefix'; the block INDEXES below): the ART index story_bands_key on story_bands(band_key),
 * so that the band look-up of a new text is an index scan and no longer reads the whole column (and, with the
 * members then read through their primary key, no longer grows with the store; StoryClusters has the plans and
 * the numbers). A version-4 file is migrated on open by creating the index, in the same transaction as the new
 * version number: nothing else changed, and the index is built from the rows already there.
 *
 * A later schema change bumps VERSION and adds a migration here; a file of an unknown version is refused
 * rather than guessed at.
 */
final class Schema {

    // Version 4: the events' claimant_* columns (reported events), the unknown_names table, the articles' language,
    // and the story and event cluster tables. Version 5 (storefix): the index on story_bands(band_key).
    static final int VERSION = 5;

    private static final List<String> TABLES = List.of(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
            """
            CREATE TABLE IF NOT EXISTS articles (
                content_hash VARCHAR PRIMARY KEY,
                id VARCHAR NOT NULL,
                title VARCHAR NOT NULL,
                date DATE NOT NULL,
                url VARCHAR NOT NULL,
                origin VARCHAR NOT NULL,
                text VARCHAR NOT NULL,
                coded_at TIMESTAMP NOT NULL,
                -- version 4 (lang-limits): the article's language; articles not in English are stored uncoded
                language VARCHAR NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS sentences (
                content_hash VARCHAR NOT NULL,
                idx INTEGER NOT NULL,
                paragraph INTEGER NOT NULL,
                span_begin INTEGER NOT NULL,
                span_end INTEGER NOT NULL,
                text VARCHAR NOT NULL,
                PRIMARY KEY (content_hash, idx))""",
            """
            CREATE TABLE IF NOT EXISTS actor_mentions (
                content_hash VARCHAR NOT NULL,
                seq INTEGER NOT NULL,
                code VARCHAR NOT NULL,
                text VARCHAR NOT NULL,
                name VARCHAR NOT NULL,
                entry_id VARCHAR NOT NULL,
                reason VARCHAR NOT NULL,
                sentence INTEGER NOT NULL,
                span_begin INTEGER NOT NULL,
                span_end INTEGER NOT NULL,
                PRIMARY KEY (content_hash, seq))""",
            """
            CREATE TABLE IF NOT EXISTS events (
                content_hash VARCHAR NOT NULL,
                seq INTEGER NOT NULL,
                article_id VARCHAR NOT NULL,
                source_code VARCHAR NOT NULL,
                source_text VARCHAR NOT NULL,
                source_name VARCHAR NOT NULL,
                source_entry VARCHAR NOT NULL,
                source_reason VARCHAR NOT NULL,
                source_sentence INTEGER NOT NULL,
                source_begin INTEGER NOT NULL,
                source_end INTEGER NOT NULL,
                target_code VARCHAR,
                target_text VARCHAR,
                target_name VARCHAR,
                target_entry VARCHAR,
                target_reason VARCHAR,
                target_sentence INTEGER,
                target_begin INTEGER,
                target_end INTEGER,
                code VARCHAR NOT NULL,
                root VARCHAR NOT NULL,
                quad_class INTEGER NOT NULL,
                goldstein DOUBLE NOT NULL,
                date_value VARCHAR NOT NULL,
                date_from DATE NOT NULL,
                date_to DATE NOT NULL,
                date_basis VARCHAR NOT NULL,
                sentence INTEGER NOT NULL,
                span_begin INTEGER NOT NULL,
                span_end INTEGER NOT NULL,
                trigger VARCHAR NOT NULL,
                rule VARCHAR NOT NULL,
                modality VARCHAR NOT NULL,
                deadline DATE,
                place_name VARCHAR,
                place_country VARCHAR,
                place_lat DOUBLE,
                place_lon DOUBLE,
                place_geonames BIGINT,
                place_population BIGINT,
                place_feature VARCHAR,
                -- modality helper (issue 3, version 4): who claims a REPORTED event; all NULL otherwise
                claimant_code VARCHAR,
                claimant_text VARCHAR,
                claimant_name VARCHAR,
                claimant_entry VARCHAR,
                claimant_reason VARCHAR,
                claimant_sentence INTEGER,
                claimant_begin INTEGER,
                claimant_end INTEGER,
                -- end modality helper
                PRIMARY KEY (content_hash, seq))""",
            """
            CREATE TABLE IF NOT EXISTS quotes (
                content_hash VARCHAR NOT NULL,
                seq INTEGER NOT NULL,
                text VARCHAR NOT NULL,
                sentence INTEGER NOT NULL,
                span_begin INTEGER NOT NULL,
                span_end INTEGER NOT NULL,
                speaker_name VARCHAR,
                speaker_code VARCHAR,
                speaker_reason VARCHAR,
                PRIMARY KEY (content_hash, seq))""",
            """
            CREATE TABLE IF NOT EXISTS diagnostics (
                content_hash VARCHAR NOT NULL,
                seq INTEGER NOT NULL,
                severity VARCHAR NOT NULL,
                kind VARCHAR NOT NULL,
                origin VARCHAR NOT NULL,
                position VARCHAR NOT NULL,
                message VARCHAR NOT NULL,
                PRIMARY KEY (content_hash, seq))""",
            """
            CREATE TABLE IF NOT EXISTS sources (
                content_hash VARCHAR NOT NULL,
                origin VARCHAR NOT NULL,
                id VARCHAR NOT NULL,
                url VARCHAR NOT NULL,
                seen_at TIMESTAMP NOT NULL,
                PRIMARY KEY (content_hash, origin))""",
            // ---- version 4 (branch 'learning', issue 4): names the actor registry could not code ----
            // code is NULL when the text gave none; entry_id is NULL when no registry entry lists the name
            // (otherwise it is the entry that has no code on the article's date). Read by UnknownNameReader.
            """
            CREATE TABLE IF NOT EXISTS unknown_names (
                content_hash VARCHAR NOT NULL,
                seq INTEGER NOT NULL,
                name VARCHAR NOT NULL,
                kind VARCHAR NOT NULL,
                text VARCHAR NOT NULL,
                code VARCHAR,
                entry_id VARCHAR,
                reason VARCHAR NOT NULL,
                sentence INTEGER NOT NULL,
                span_begin INTEGER NOT NULL,
                span_end INTEGER NOT NULL,
                PRIMARY KEY (content_hash, seq))""");
            // ---- end of version 4 ----

    // ---- version 4: story and event clusters (branch 'clusters') ----
    private static final List<String> CLUSTER_TABLES = List.of(
            """
            CREATE TABLE IF NOT EXISTS story_members (
                content_hash VARCHAR PRIMARY KEY,
                story VARCHAR NOT NULL,
                shingles INTEGER NOT NULL,
                signature BLOB)""",
            """
            CREATE TABLE IF NOT EXISTS story_bands (
                band_key BIGINT NOT NULL,
                content_hash VARCHAR NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS event_clusters (
                content_hash VARCHAR NOT NULL,
                seq INTEGER NOT NULL,
                event_key VARCHAR NOT NULL,
                date_value VARCHAR NOT NULL,
                date_from DATE NOT NULL,
                date_to DATE NOT NULL,
                cluster VARCHAR NOT NULL,
                PRIMARY KEY (content_hash, seq))""",
            """
            CREATE TABLE IF NOT EXISTS source_publishers (
                content_hash VARCHAR NOT NULL,
                origin VARCHAR NOT NULL,
                document VARCHAR NOT NULL,
                publisher VARCHAR NOT NULL,
                PRIMARY KEY (content_hash, origin))""");
    // ---- end of version 4 ----

    // ---- version 5: the band-key index (branch 'storefix') ----
    /** Secondary indexes, created after the tables; a version-4 file gets them by migration. */
    static final List<String> INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS story_bands_key ON story_bands (band_key)");

    /** The version this build migrates from: version 4 lacks only the INDEXES above. */
    private static final int MIGRATES_FROM = 4;
    // ---- end of version 5 ----

    private Schema() {
    }

    /**
     * Creates whatever tables are missing and checks the file's schema version, in one transaction so that a
     * half-created schema is never left behind.
     */
    static void createOrCheck(Connection connection, Path file) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String ddl : TABLES) {
                statement.execute(ddl);
            }
            for (String ddl : CLUSTER_TABLES) {
                statement.execute(ddl);
            }
            for (String ddl : INDEXES) {
                statement.execute(ddl);
            }
            int version = storedVersion(statement);
            if (version == 0) {
                statement.execute("INSERT INTO schema_version VALUES (" + VERSION + ")");
            } else if (version == MIGRATES_FROM) {
                // The INDEXES were just created over the stored rows: that is the whole migration.
                statement.execute("UPDATE schema_version SET version = " + VERSION);
            } else if (version != VERSION) {
                throw new StoreException("event store " + file + " has schema version " + version
                        + ", this build reads version " + VERSION + "; ingest the articles again into a new database (--db)");
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The stored version, 0 when the table is empty (a new file). */
    private static int storedVersion(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT max(version) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
