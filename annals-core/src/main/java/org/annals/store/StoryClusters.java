package org.annals.store;

import static org.annals.store.Statements.placeholders;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.annals.cluster.Fingerprint;
import org.annals.cluster.Signature;
import org.annals.cluster.StoryMatcher;

/**
 * Puts a newly stored text into its story cluster: looks up the stored texts that share an LSH band key with it,
 * keeps those the {@link StoryMatcher} confirms, and merges their stories with the new text into one. Runs inside
 * the transaction of {@link EventStore#save}; the rules are the matcher's, only the look-ups are here.
 *
 * <p>A story is named after its least member's content hash, so a merge renames the stories it joins and the name
 * depends on the members only. A story only ever grows: texts are never removed.
 */
final class StoryClusters {

    /**
     * Where a new text landed.
     *
     * @param story  the story it is in now
     * @param joined true when it joined a stored story, false when it is a story of its own
     * @param merged true when it joined two or more stories that were apart before
     */
    record Assignment(String story, boolean joined, boolean merged) {
    }

    private final Connection connection;
    private final StoryMatcher matcher;

    StoryClusters(Connection connection, StoryMatcher matcher) {
        this.connection = connection;
        this.matcher = matcher;
    }

    Assignment assign(String contentHash, String text) throws SQLException {
        Optional<Fingerprint> fingerprint = matcher.fingerprint(text);
        if (fingerprint.isEmpty()) {
            insertMember(contentHash, contentHash, 0, Optional.empty());
            return new Assignment(contentHash, false, false);
        }
        Signature signature = fingerprint.get().signature();
        TreeSet<String> stories = new TreeSet<>();
        for (Candidate candidate : candidates(fingerprint.get().bandKeys())) {
            if (matcher.sameStory(signature, candidate.signature())) {
                stories.add(candidate.story());
            }
        }
        String story = stories.isEmpty() || contentHash.compareTo(stories.first()) < 0 ? contentHash : stories.first();
        List<String> renamed = stories.stream().filter(s -> !s.equals(story)).toList();
        rename(renamed, story);
        insertMember(contentHash, story, fingerprint.get().shingles(), Optional.of(signature));
        insertBands(contentHash, fingerprint.get().bandKeys());
        return new Assignment(story, !stories.isEmpty(), stories.size() > 1);
    }

    private record Candidate(String story, Signature signature) {
    }

    /*
     * The band look-up is two statements, each answered from an ART index: the band keys through story_bands_key,
     * then the members through story_members' primary key. BandIndexTest checks the plans with EXPLAIN ANALYZE:
     * DuckDB 1.4 chooses the index scan when the query runs, so a plain EXPLAIN prints "Sequential Scan" even
     * when the index will be used. As one statement (members WHERE content_hash IN (SELECT ... FROM story_bands ...)) DuckDB plans a hash
     * semi-join that reads every row of story_members, signatures included, so the look-up grew with the store
     * (about 5 ms at 2,000 texts, 36 ms at 20,000) even once the bands were indexed. DuckDB takes the index for an
     * IN list of constants or parameters as long as fewer than 2,048 rows match (index_scan_max_count); a band key
     * shared by more texts than that (a boilerplate text stored thousands of times) falls back to a scan, which
     * is then the cheaper plan anyway.
     */
    static final String BAND_LOOKUP = "SELECT DISTINCT content_hash FROM story_bands WHERE band_key IN (%s)";
    static final String MEMBER_LOOKUP =
            "SELECT story, signature FROM story_members WHERE content_hash IN (%s) ORDER BY content_hash";

    /** The stored texts sharing at least one band key with {@code keys}, with their stories and signatures. */
    private List<Candidate> candidates(List<Long> keys) throws SQLException {
        List<String> hashes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(BAND_LOOKUP.formatted(placeholders(keys.size())))) {
            for (int i = 0; i < keys.size(); i++) {
                select.setLong(i + 1, keys.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hashes.add(rows.getString(1));
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        if (hashes.isEmpty()) {
            return candidates;
        }
        try (PreparedStatement select = connection.prepareStatement(
                MEMBER_LOOKUP.formatted(placeholders(hashes.size())))) {
            for (int i = 0; i < hashes.size(); i++) {
                select.setString(i + 1, hashes.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    candidates.add(new Candidate(rows.getString(1), decode(rows.getBytes(2))));
                }
            }
        }
        return candidates;
    }

    private void rename(List<String> stories, String story) throws SQLException {
        if (stories.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE story_members SET story = ? WHERE story IN (" + placeholders(stories.size()) + ")")) {
            update.setString(1, story);
            for (int i = 0; i < stories.size(); i++) {
                update.setString(i + 2, stories.get(i));
            }
            update.executeUpdate();
        }
    }

    private void insertMember(String contentHash, String story, int shingles, Optional<Signature> signature)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO story_members (content_hash, story, shingles, signature) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, contentHash);
            insert.setString(2, story);
            insert.setInt(3, shingles);
            if (signature.isPresent()) {
                insert.setBytes(4, encode(signature.get()));
            } else {
                insert.setNull(4, Types.BLOB);
            }
            insert.executeUpdate();
        }
    }

    private void insertBands(String contentHash, List<Long> keys) throws SQLException {
        List<List<Object>> rows = keys.stream().<List<Object>>map(key -> List.of(key, contentHash)).toList();
        Statements.insertRows(connection, "story_bands", List.of("band_key", "content_hash"), rows);
    }

    static byte[] encode(Signature signature) {
        ByteBuffer buffer = ByteBuffer.allocate(Long.BYTES * signature.values().size());
        signature.values().forEach(buffer::putLong);
        return buffer.array();
    }

    static Signature decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0 || bytes.length % Long.BYTES != 0) {
            throw new StoreException("corrupt story signature of " + (bytes == null ? "no" : bytes.length) + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        List<Long> values = new ArrayList<>(bytes.length / Long.BYTES);
        while (buffer.hasRemaining()) {
            values.add(buffer.getLong());
        }
        return new Signature(values);
    }
}
