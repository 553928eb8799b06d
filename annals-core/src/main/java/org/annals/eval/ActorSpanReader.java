package org.annals.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.Span;

/**
 * Reads ConfliBERT's {@code cameo_ner} files: CoNLL BIO, {@code token tag} a line, a blank line between sentences,
 * tags {@code O} and {@code B-}/{@code I-} with {@code S} (source actor), {@code T} (target) or {@code R}
 * (reciprocal). The sentence text is rebuilt by joining tokens with single spaces, except that no space goes before
 * closing punctuation ({@code . , ; : ? ! ) ] %}, {@code 's}, {@code n't}) nor after an opening one
 * ({@code ( [ $}), and a hyphen or curly apostrophe joins its neighbours ("Syria-related", "Russia’s"), as a comma
 * or full stop joins the parts of a number or of initials ("2,374", "1.2", "U.K."). The
 * sentence is then close to the original news text, which is what the coder was built for. An {@code I-} tag that
 * continues no span of its kind (three in the training file) starts one. A line with other than two fields or
 * an unknown tag is an error naming the file and line: a gold file must be right.
 */
public final class ActorSpanReader {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "?", "!", ")", "]", "%", "'s", "n't",
            "’", "-");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "$", "’", "-");

    private ActorSpanReader() {
    }

    /** The sentences of {@code file}, each to be coded at {@code date}. */
    public static List<ActorSentence> read(Path file, LocalDate date) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<ActorSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int first = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "";
            if (line.isEmpty()) {
                if (!tokens.isEmpty()) {
                    sentences.add(sentence(file + ":" + first, date, tokens, tags));
                    tokens.clear();
                    tags.clear();
                }
                continue;
            }
            String[] fields = line.split("\\s+");
            String where = file + ":" + (i + 1);
            if (fields.length != 2) {
                throw new IllegalArgumentException(where + ": expected 'token tag', found " + fields.length + " fields");
            }
            if (!fields[1].equals("O") && !fields[1].matches("[BI]-[STR]")) {
                throw new IllegalArgumentException(where + ": tag must be O or B-/I- with S, T or R, got '" + fields[1] + "'");
            }
            if (tokens.isEmpty()) {
                first = i + 1;
            }
            tokens.add(fields[0]);
            tags.add(fields[1]);
        }
        return sentences;
    }

    /** Joins tokens as the class Javadoc says. */
    static String text(List<String> tokens) {
        return build(tokens, null);
    }

    private static ActorSentence sentence(String id, LocalDate date, List<String> tokens, List<String> tags) {
        int[] begins = new int[tokens.size()];
        String text = build(tokens, begins);
        List<Span> sources = new ArrayList<>();
        List<Span> targets = new ArrayList<>();
        List<Span> reciprocal = new ArrayList<>();
        int start = -1;
        char kind = 'O';
        for (int t = 0; t <= tokens.size(); t++) {
            String tag = t < tokens.size() ? tags.get(t) : "O";
            boolean continues = tag.startsWith("I-") && tag.charAt(2) == kind;
            if (continues) {
                continue;
            }
            if (kind != 'O') {
                Span span = new Span(begins[start], begins[t - 1] + tokens.get(t - 1).length());
                (kind == 'S' ? sources : kind == 'T' ? targets : reciprocal).add(span);
            }
            kind = tag.equals("O") ? 'O' : tag.charAt(2);
            start = t;
        }
        return new ActorSentence(id, date, text, sources, targets, reciprocal);
    }

    /**
     * A separator the file split out of one word: "2 , 374" is 2,374, "1 . 2" is 1.2, "U . K" is U.K (with a space
     * the number reads as two, and "U. K." ends a sentence).
     */
    private static boolean joinsWord(String before, String separator, String after) {
        return separator.equals(",") && before.matches("\\d{1,3}") && after.matches("\\d{3}")
                || separator.equals(".") && before.matches("\\d+") && after.matches("\\d+")
                || separator.equals(".") && before.matches("\\p{Lu}") && after.matches("\\p{Lu}");
    }

    private static String build(List<String> tokens, int[] begins) {
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < tokens.size(); t++) {
            String token = tokens.get(t);
            boolean space = t > 0 && !NO_SPACE_BEFORE.contains(token) && !NO_SPACE_AFTER.contains(tokens.get(t - 1))
                    && !(t > 1 && joinsWord(tokens.get(t - 2), tokens.get(t - 1), token));
            if (space) {
                b.append(' ');
            }
            if (begins != null) {
                begins[t] = b.length();
            }
            b.append(token);
        }
        return b.toString();
    }
}
