package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.UnknownName;

/**
 * Counts the stored unknown names: one query returns every mention of the most mentioned names, in a fixed
 * order, and the counting is done here. Names are grouped without case or accents ({@code strip_accents}), so
 * "Guaidó" and "Guaido" are one name.
 */
final class UnknownNameReader {
    private static final int EXAMPLES = 3;
    private static final String SELECT = """
            WITH u AS (SELECT *, lower(strip_accents(name)) AS k FROM unknown_names),
            top AS (SELECT k, count(*) AS mentions, count(DISTINCT content_hash) AS articles
                    FROM u %s GROUP BY k ORDER BY mentions DESC, articles DESC, k LIMIT ?)
            SELECT top.k, top.mentions, top.articles, u.name, u.kind, u.text, u.code, u.entry_id, u.reason,
                   a.id, a.date, s.text AS sentence
            FROM top JOIN u ON u.k = top.k
                     JOIN articles a ON a.content_hash = u.content_hash
                     LEFT JOIN sentences s ON s.content_hash = u.content_hash AND s.idx = u.sentence
            ORDER BY top.mentions DESC, top.articles DESC, top.k, a.date, a.id, u.content_hash, u.seq""";

    private final Connection connection;

    UnknownNameReader(Connection connection) {
        this.connection = connection;
    }

    /** The {@code limit} most mentioned names, or only {@code name} when given. */
    List<UnknownNameSummary> summaries(Optional<String> name, int limit) throws SQLException {
        String sql = String.format(SELECT, name.isPresent() ? "WHERE k = lower(strip_accents(?))" : "");
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int column = 1;
            if (name.isPresent()) {
                select.setString(column++, name.get().strip());
            }
            select.setInt(column, limit);
            Map<String, Tally> tallies = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tallies.computeIfAbsent(rows.getString(1), k -> new Tally()).add(rows);
                }
            }
            return tallies.values().stream().map(Tally::summary).toList();
        }
    }

    /** The mentions of one name while they are read. */
    private static final class Tally {
        private long mentions;
        private long articles;
        private final Map<String, Long> spellings = new LinkedHashMap<>();
        private final Map<String, Long> kinds = new LinkedHashMap<>();
        private final Map<String, Long> codes = new LinkedHashMap<>();
        private final Map<String, Long> entries = new LinkedHashMap<>();
        private final List<UnknownNameSummary.Example> coded = new ArrayList<>();
        private final List<UnknownNameSummary.Example> uncoded = new ArrayList<>();

        void add(ResultSet rows) throws SQLException {
            mentions = rows.getLong(2);
            articles = rows.getLong(3);
            spellings.merge(rows.getString(4), 1L, Long::sum);
            kinds.merge(rows.getString(5), 1L, Long::sum);
            Optional<String> code = Optional.ofNullable(rows.getString(7));
            code.ifPresent(c -> codes.merge(c, 1L, Long::sum));
            Optional.ofNullable(rows.getString(8)).ifPresent(e -> entries.merge(e, 1L, Long::sum));
            String sentence = rows.getString(12);
            List<UnknownNameSummary.Example> examples = code.isPresent() ? coded : uncoded;
            boolean seen = coded.stream().anyMatch(e -> e.sentence().equals(sentence))
                    || uncoded.stream().anyMatch(e -> e.sentence().equals(sentence));
            if (examples.size() < EXAMPLES && sentence != null && !seen) {
                examples.add(new UnknownNameSummary.Example(rows.getString(10), rows.getObject(11, LocalDate.class),
                        sentence, rows.getString(6), code, rows.getString(9)));
            }
        }

        UnknownNameSummary summary() {
            List<UnknownNameSummary.SuggestedCode> suggested = codes.entrySet().stream()
                    .sorted(byCount()).map(e -> new UnknownNameSummary.SuggestedCode(e.getKey(), e.getValue())).toList();
            List<UnknownNameSummary.Example> examples = new ArrayList<>(coded);
            uncoded.stream().limit(Math.max(0, EXAMPLES - coded.size())).forEach(examples::add);
            return new UnknownNameSummary(most(spellings).orElseThrow(),
                    UnknownName.Kind.valueOf(most(kinds).orElseThrow()), mentions, articles, suggested, most(entries),
                    examples);
        }

        /** The most frequent value; of equals, the first seen (the rows come in a fixed order). */
        private static Optional<String> most(Map<String, Long> counts) {
            return counts.entrySet().stream().sorted(byCount()).map(Map.Entry::getKey).findFirst();
        }

        private static Comparator<Map.Entry<String, Long>> byCount() {
            return Map.Entry.<String, Long>comparingByValue().reversed();
        }
    }
}
