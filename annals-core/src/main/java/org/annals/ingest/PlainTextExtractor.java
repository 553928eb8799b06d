package org.annals.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annals.model.Diagnostic;

/**
 * Reads a plain-text article and its optional JSON sidecar.
 *
 * <p>Headline rule: the first paragraph is the headline when it is one line under {@value #MAX_HEADLINE} characters,
 * does not end like a sentence, is not boilerplate, and a blank line separates it from more text. A sidecar
 * {@code title} wins over the detected headline; the headline line then leaves the body only when it repeats the
 * sidecar title, since a different first line may well be article text. Thread-safe.
 */
final class PlainTextExtractor {

    static final int MAX_HEADLINE = 200;

    private final ObjectMapper json;
    private final BoilerplateFilter boilerplate;

    PlainTextExtractor(ObjectMapper json, BoilerplateFilter boilerplate) {
        this.json = json;
        this.boilerplate = boilerplate;
    }

    /** The sidecar of a text file: {@code stem.json} beside it. */
    static Path sidecarOf(Path textFile) {
        String name = textFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return textFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
    }

    Extracted extract(String text, Optional<Path> sidecar, String origin) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Metadata meta = sidecar.filter(Files::isRegularFile)
                .map(p -> readSidecar(p, origin, diagnostics))
                .orElse(Metadata.NONE);

        List<String> paragraphs = new ArrayList<>(Paragraphs.split(text));
        Optional<String> headline = paragraphs.size() >= 2 && isHeadline(paragraphs.get(0))
                ? Optional.of(paragraphs.get(0)) : Optional.empty();
        String title;
        if (!meta.title().isEmpty()) {
            title = meta.title();
            if (headline.isPresent() && sameText(headline.get(), title)) {
                paragraphs.remove(0);
            }
        } else {
            title = headline.orElse("");
            headline.ifPresent(h -> paragraphs.remove(0));
        }
        return new Extracted(title, meta.date(), meta.url(), Paragraphs.join(paragraphs), diagnostics);
    }

    private boolean isHeadline(String paragraph) {
        return paragraph.length() < MAX_HEADLINE
                && paragraph.indexOf('\n') < 0
                && !paragraph.matches(".*[.!?\"\u201D]")
                && !boilerplate.isBoilerplate(paragraph);
    }

    private static boolean sameText(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Sidecar problems are warnings: the text itself is still good, only its metadata is lost. */
    private Metadata readSidecar(Path path, String origin, List<Diagnostic> diagnostics) {
        String where = path.toString();
        JsonNode root;
        try {
            root = json.readTree(Files.readAllBytes(path));
        } catch (JsonProcessingException e) {
            diagnostics.add(Diagnostic.warning("malformed-sidecar", origin, "",
                    "ignored sidecar " + where + ": not valid JSON (" + e.getOriginalMessage() + ")"));
            return Metadata.NONE;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.warning("malformed-sidecar", origin, "",
                    "ignored sidecar " + where + ": cannot read it (" + e.getMessage() + ")"));
            return Metadata.NONE;
        }
        if (root == null || !root.isObject()) {
            diagnostics.add(Diagnostic.warning("malformed-sidecar", origin, "",
                    "ignored sidecar " + where + ": expected a JSON object"));
            return Metadata.NONE;
        }
        Optional<LocalDate> date = Optional.empty();
        JsonNode dateNode = root.path("date");
        if (dateNode.isTextual()) {
            date = IsoDates.exact(dateNode.asText());
            if (date.isEmpty()) {
                diagnostics.add(Diagnostic.warning("malformed-sidecar", origin, "",
                        "ignored \"date\" in sidecar " + where + ": must be YYYY-MM-DD, got \"" + dateNode.asText()
                                + "\""));
            }
        } else if (!dateNode.isMissingNode() && !dateNode.isNull()) {
            diagnostics.add(Diagnostic.warning("malformed-sidecar", origin, "",
                    "ignored \"date\" in sidecar " + where + ": must be a YYYY-MM-DD string"));
        }
        return new Metadata(text(root, "title"), date, text(root, "url"));
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.path(field);
        return node.isTextual() ? node.asText().strip() : "";
    }

    private record Metadata(String title, Optional<LocalDate> date, String url) {
        static final Metadata NONE = new Metadata("", Optional.empty(), "");
    }
}
