package org.annals.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads the tab-separated data files Annals ships on its class path (registry, codebook, PLOVER mapping,
 * gazetteer), and the user's files written in the same format (the actor overlay): UTF-8, one row a line, blank
 * lines and {@code #} comments skipped. Each row knows where it is, so
 * that a malformed one is reported as {@code file:line}.
 */
public final class TabularResource {

    /**
     * One row.
     *
     * @param columns its tab-separated columns, empty trailing columns kept
     * @param where   {@code resource:line}
     */
    public record Row(List<String> columns, String where) {
        public Row {
            columns = List.copyOf(columns);
            Objects.requireNonNull(where, "where");
        }

        /** Column {@code i}, stripped; empty when the row is shorter. */
        public String column(int i) {
            return i < columns.size() ? columns.get(i).strip() : "";
        }

        /** Fails with the row's place unless it has at least {@code count} columns. */
        public Row require(int count) {
            if (columns.size() < count) {
                throw new IllegalStateException(where + ": expected " + count + " tab-separated columns, found "
                        + columns.size());
            }
            return this;
        }
    }

    private TabularResource() {
    }

    /** The rows of a class-path resource such as {@code /org/annals/events/cameo-codes.tsv}. */
    public static List<Row> read(String resource) {
        try (InputStream in = TabularResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data file " + resource + " is missing from the class path");
            }
            return rows(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The rows of a file outside the class path, each row's place {@code path:line}.
     *
     * @throws UncheckedIOException when the file cannot be read or is not UTF-8
     */
    public static List<Row> read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return rows(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e, e);
        }
    }

    private static List<Row> rows(BufferedReader reader, String name) throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(new Row(Arrays.asList(line.split("\t", -1)), name + ":" + number));
            }
        }
        return rows;
    }
}
