package org.annals.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Splits text into paragraphs at blank lines and joins them back, the one layout every reader produces. */
final class Paragraphs {

    /** A line holding only spaces or tabs counts as blank, as it looks blank to a person. */
    private static final Pattern BLANK_LINES = Pattern.compile("\n[\\h\\f]*(?:\n[\\h\\f]*)+");

    private Paragraphs() {
    }

    /** The non-blank paragraphs of {@code text}, stripped, with their internal single newlines kept. */
    static List<String> split(String text) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n');
        return Arrays.stream(BLANK_LINES.split(unix)).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs).strip();
    }
}
