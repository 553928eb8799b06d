package org.annals.language;

/**
 * The part of an article the language is decided on: the whole text when it is short, else three windows from
 * its beginning, middle and end. The cost of identification grows with the text, while a few hundred characters
 * settle a language; three windows rather than the first thousand characters keep a long quotation in the lead,
 * or a foreign-language appendix, from outvoting the rest of the article.
 */
final class TextSample {

    /** Characters per window; three windows are identified in about the time of one short paragraph. */
    static final int WINDOW = 400;

    private TextSample() {
    }

    static String of(String text) {
        if (text.length() <= 3 * WINDOW) {
            return text;
        }
        int middle = text.length() / 2 - WINDOW / 2;
        return window(text, 0) + "\n" + window(text, middle) + "\n" + window(text, text.length() - WINDOW);
    }

    /** About {@link #WINDOW} characters from {@code start}, moved inwards to word boundaries where there are any. */
    private static String window(String text, int start) {
        int end = start + WINDOW;
        int from = start == 0 ? 0 : boundaryAfter(text, start, end);
        int to = end == text.length() ? end : boundaryBefore(text, from, end);
        return text.substring(from, to);
    }

    private static int boundaryAfter(String text, int start, int limit) {
        for (int i = start; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        // No spaces (Chinese, Japanese): never start inside a surrogate pair.
        return Character.isLowSurrogate(text.charAt(start)) ? start + 1 : start;
    }

    private static int boundaryBefore(String text, int from, int end) {
        for (int i = end; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i - 1;
            }
        }
        return Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }
}
