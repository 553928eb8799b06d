package org.annals.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled data: gold JSON Lines, and the ConfliBERT sentence classes ({@code sentence<TAB>class}, class
 * 0-4 by CAMEO root group) and actor spans ({@code cameo_ner}). A malformed line is an error naming the file
 * and line: a gold file must be right.
 */
public final class GoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldReader() {
    }

    /** Gold records from JSON Lines. */
    public static List<GoldRecord> jsonLines(Path file) {
        List<GoldRecord> records = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            try {
                JsonNode node = JSON.readTree(line);
                List<GoldEvent> events = new ArrayList<>();
                for (JsonNode e : node.path("events")) {
                    events.add(new GoldEvent(e.path("source").asText(""), e.path("target").asText(""), e.path("code").asText("")));
                }
                records.add(new GoldRecord(node.path("id").asText(where), LocalDate.parse(node.path("date").asText()),
                        node.path("text").asText(), events));
            } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return records;
    }

    /**
     * ConfliBERT's {@code cameo_class} sentences. Each becomes a record whose one gold event has no actors and
     * the class's first root as its code; {@link RootGroups} scores them by group.
     */
    public static List<RootGroups.Labelled> conflibertClasses(Path file, LocalDate date) {
        List<RootGroups.Labelled> labelled = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            String where = file + ":" + (i + 1);
            if (tab < 1) {
                throw new IllegalArgumentException(where + ": expected sentence<TAB>class");
            }
            int group;
            try {
                group = Integer.parseInt(line.substring(tab + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": class must be 0-4, got '" + line.substring(tab + 1) + "'", e);
            }
            labelled.add(new RootGroups.Labelled("conflibert:" + (i + 1), date, line.substring(0, tab).strip(), group));
        }
        return labelled;
    }

    /** ConfliBERT's {@code cameo_ner} sentences with their actor spans; see {@link ActorSpanReader}. */
    public static List<ActorSentence> conflibertActors(Path file, LocalDate date) {
        return ActorSpanReader.read(file, date);
    }

    /**
     * Gold places: {@code id<TAB>group<TAB>mention<TAB>country<TAB>geonames id<TAB>text} a line, {@code #}
     * comments; a GeoNames id of {@code -} means the mention names the country itself.
     */
    public static List<GoldPlace> places(Path file) {
        List<GoldPlace> places = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1);
            String[] c = line.split("\t", -1);
            if (c.length != 6) {
                throw new IllegalArgumentException(where + ": expected 6 tab-separated columns, found " + c.length);
            }
            try {
                long id = c[4].strip().equals("-") ? 0 : Long.parseLong(c[4].strip());
                places.add(new GoldPlace(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(), id, c[5].strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return places;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
