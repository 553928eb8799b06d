package org.annals.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.annals.model.Diagnostic;

/**
 * Reads JSON Lines: one {@code {"id", "date", "text", "title", "url"}} object per line. Every non-blank line gives
 * exactly one record, in file order, so a caller can always match results back to lines; a malformed line gives a
 * record with an error instead of an article and never disturbs its neighbours. Thread-safe.
 */
final class JsonLinesReader {

    private final ObjectMapper json;
    private final ArticleAssembler assembler;

    JsonLinesReader(ObjectMapper json, ArticleAssembler assembler) {
        this.json = json;
        this.assembler = assembler;
    }

    /** Hands one record per non-blank line of {@code text} to {@code sink}. */
    void read(String text, String path, Optional<LocalDate> fileDate, Consumer<InputRecord> sink) {
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                sink.accept(readLine(lines[i], i + 1, path, fileDate));
            }
        }
    }

    private InputRecord readLine(String line, int number, String path, Optional<LocalDate> fileDate) {
        String origin = path + ":" + number;
        String position = "line " + number;
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            return malformed(origin, origin, position,
                    "not valid JSON" + column + ": " + e.getOriginalMessage().replaceAll("\\s+", " "));
        }
        if (!node.isObject()) {
            return malformed(origin, origin, position,
                    "expected a JSON object, got " + kind(node));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        String id = id(node.path("id"), origin, position, diagnostics);

        JsonNode textNode = node.path("text");
        if (textNode.isMissingNode() || textNode.isNull()) {
            return malformed(origin, id, position, "missing \"text\"");
        }
        if (!textNode.isTextual()) {
            return malformed(origin, id, position, "\"text\" must be a string, got " + kind(textNode));
        }
        if (textNode.asText().isBlank()) {
            return malformed(origin, id, position, "\"text\" is blank");
        }

        Optional<LocalDate> date = Optional.empty();
        JsonNode dateNode = node.path("date");
        if (!dateNode.isMissingNode() && !dateNode.isNull()) {
            date = dateNode.isTextual() ? IsoDates.exact(dateNode.asText()) : Optional.empty();
            if (date.isEmpty()) {
                String got = dateNode.isTextual() ? "\"" + dateNode.asText() + "\"" : dateNode.toString();
                return malformed(origin, id, position, "\"date\" must be YYYY-MM-DD, got "
                        + ArticleAssembler.cut(got));
            }
        }
        Extracted extracted = new Extracted(optionalText(node, "title"), date, optionalText(node, "url"),
                textNode.asText(), diagnostics);
        return assembler.assemble(new ArticleAssembler.Source(origin, id, position, fileDate), extracted);
    }

    /** Ids may be strings or whole numbers; anything else would make an id nobody can look up, so we use the origin. */
    private static String id(JsonNode idNode, String origin, String position, List<Diagnostic> diagnostics) {
        if (idNode.isTextual() && !idNode.asText().isBlank()) {
            return idNode.asText().strip();
        }
        if (idNode.isIntegralNumber()) {
            return idNode.asText();
        }
        if (!idNode.isMissingNode() && !idNode.isNull()) {
            diagnostics.add(Diagnostic.warning("malformed-record", origin, position,
                    "\"id\" must be a non-blank string or a whole number, got " + ArticleAssembler.cut(idNode.toString())
                            + "; used \"" + origin + "\""));
        }
        return origin;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText().strip() : "";
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static InputRecord malformed(String origin, String id, String position, String message) {
        return InputRecord.failed(origin, id, Diagnostic.error("malformed-record", origin, position, message));
    }
}
