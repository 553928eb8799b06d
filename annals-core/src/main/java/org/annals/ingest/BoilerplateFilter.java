package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Removes publisher boilerplate ("We may earn a commission...", "Share this article") from article bodies.
 *
 * <p>A line is boilerplate when one of the patterns matches the whole line, ignoring case, with its whitespace
 * collapsed. Lines longer than {@link #MAX_LINE} are never removed: boilerplate is short, and a long line that
 * merely mentions cookies or newsletters is article text. Immutable and thread-safe.
 */
public final class BoilerplateFilter {

    /** The classpath resource holding the bundled patterns, one regex a line, {@code #} comments. */
    public static final String RESOURCE = "/org/annals/ingest/boilerplate.txt";

    static final int MAX_LINE = 250;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<Pattern> patterns;

    /**
     * @param regexes whole-line, case-insensitive regular expressions
     * @throws IllegalArgumentException if one is not a valid regular expression
     */
    public BoilerplateFilter(List<String> regexes) {
        List<Pattern> compiled = new ArrayList<>();
        for (String regex : regexes) {
            Objects.requireNonNull(regex, "regex");
            try {
                compiled.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid boilerplate pattern '" + regex + "': " + e.getDescription(), e);
            }
        }
        this.patterns = List.copyOf(compiled);
    }

    /**
     * The filter with the bundled patterns. Reads the resource on every call: the application wires one filter and
     * passes it on, so there is nothing to cache.
     */
    public static BoilerplateFilter load() {
        try (InputStream in = BoilerplateFilter.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("boilerplate patterns missing from the classpath: " + RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new BoilerplateFilter(text.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Whether {@code line} is boilerplate on its own. */
    public boolean isBoilerplate(String line) {
        String collapsed = SPACES.matcher(line.strip()).replaceAll(" ");
        if (collapsed.isEmpty() || collapsed.length() > MAX_LINE) {
            return false;
        }
        return patterns.stream().anyMatch(p -> p.matcher(collapsed).matches());
    }

    /**
     * Removes boilerplate lines from {@code text}; a paragraph left with no lines disappears. Paragraphs stay
     * separated by one blank line and the result is trimmed.
     */
    public Cleaned clean(String text) {
        List<String> kept = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String paragraph : Paragraphs.split(text)) {
            List<String> lines = new ArrayList<>();
            for (String line : paragraph.split("\n", -1)) {
                if (isBoilerplate(line)) {
                    removed.add(line.strip());
                } else {
                    lines.add(line);
                }
            }
            String rest = String.join("\n", lines).strip();
            if (!rest.isEmpty()) {
                kept.add(rest);
            }
        }
        return new Cleaned(Paragraphs.join(kept), removed);
    }

    /**
     * A body with its boilerplate removed.
     *
     * @param body    the remaining text, paragraphs separated by blank lines
     * @param removed the removed lines, in text order
     */
    public record Cleaned(String body, List<String> removed) {
        public Cleaned {
            Objects.requireNonNull(body, "body");
            removed = List.copyOf(removed);
        }
    }
}
