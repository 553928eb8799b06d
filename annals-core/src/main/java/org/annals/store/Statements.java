package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/** Statement text and binding shared by the cluster writers. */
final class Statements {

    private Statements() {
    }

    /** {@code count} comma-separated placeholders, for an IN list. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * Inserts {@code rows} into {@code table} with one multi-row statement. DuckDB's JDBC driver runs a batch as
     * one statement per row, several times slower for the tens of rows an article brings.
     */
    static void insertRows(Connection connection, String table, List<String> columns, List<List<Object>> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String row = "(" + placeholders(columns.size()) + ")";
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows.size(), row));
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int column = 1;
            for (List<Object> values : rows) {
                if (values.size() != columns.size()) {
                    throw new IllegalArgumentException("a row of " + values.size() + " values for " + columns.size()
                            + " columns of " + table);
                }
                for (Object value : values) {
                    insert.setObject(column++, value);
                }
            }
            insert.executeUpdate();
        }
    }
}
