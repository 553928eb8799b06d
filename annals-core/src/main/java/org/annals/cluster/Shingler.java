package org.annals.cluster;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a text into its set of word shingles: every run of {@code size} consecutive words within one sentence.
 * Words are runs of letters and digits after NFKC normalisation and lower-casing, so punctuation, case,
 * quotation marks and spacing do not matter. A sentence shorter than {@code size} words is one shingle of
 * all its words, so that short lines (a dateline, a one-line paragraph) still count.
 *
 * <p>Shingles never span a sentence end ({@code . ! ?}) or a line break. That is what makes reordered sentences
 * and paragraphs, a common edit in republished wire copy, leave the shingle set unchanged. Abbreviations such as
 * "U.S." are cut as if they ended a sentence; every copy of a text is cut the same way, which is all that matters.
 *
 * <p>Immutable and thread-safe.
 */
public final class Shingler {

    /** A sentence end: terminal punctuation followed by whitespace or the end, or any line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)|\\R");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final int size;

    /** @param size words per shingle, at least 1 */
    public Shingler(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("shingle size must be at least 1, got " + size);
        }
        this.size = size;
    }

    /** Words per shingle. */
    public int size() {
        return size;
    }

    /** The distinct shingles of {@code text}, words joined by one space, in order of first appearance; empty without words. */
    public Set<String> shingles(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Set<String> shingles = new LinkedHashSet<>();
        for (String sentence : SENTENCE_END.split(normalised)) {
            List<String> words = words(sentence);
            if (words.isEmpty()) {
                continue;
            }
            if (words.size() <= size) {
                shingles.add(String.join(" ", words));
                continue;
            }
            for (int i = 0; i + size <= words.size(); i++) {
                shingles.add(String.join(" ", words.subList(i, i + size)));
            }
        }
        return shingles;
    }

    private static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(sentence);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    @Override
    public String toString() {
        return "Shingler[" + size + " words]";
    }
}
