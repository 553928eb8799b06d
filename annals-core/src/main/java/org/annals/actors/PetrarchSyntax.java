package org.annals.actors;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The small pieces of PETRARCH's actor syntax: names ({@code HUGO_CHAVEZ_}), dates ({@code yymmdd},
 * {@code yyyymmdd}) and the inside of a code block ({@code VENGOV 990202-020412}). Read by hand, not with
 * regular expressions: the Phoenix files have some 60,000 lines and are read on every run that imports them.
 */
final class PetrarchSyntax {
    private PetrarchSyntax() {
    }

    /** Reads a code block's text left to right: {@code CODE [<|>] DIGITS [- DIGITS]}, spaces anywhere between. */
    static final class BlockReader {
        private final String text;
        private int at;

        BlockReader(String text) {
            this.text = text;
        }

        private void spaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        String word() {
            spaces();
            int start = at;
            while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != '<'
                    && text.charAt(at) != '>') {
                at++;
            }
            return text.substring(start, at);
        }

        /** {@code <} or {@code >}, consumed; 0 when neither comes next. */
        char operator() {
            spaces();
            if (at < text.length() && (text.charAt(at) == '<' || text.charAt(at) == '>')) {
                return text.charAt(at++);
            }
            return 0;
        }

        String digits() {
            spaces();
            int start = at;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            return text.substring(start, at);
        }

        boolean dash() {
            spaces();
            if (at < text.length() && text.charAt(at) == '-') {
                at++;
                return true;
            }
            return false;
        }

        boolean atEnd() {
            spaces();
            return at == text.length();
        }
    }

    /** One code alone, already in capitals: blocks of three letters, digits or '-'. */
    static boolean isPlainCode(String text) {
        if (text.isEmpty() || text.length() % 3 != 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A dictionary name as Annals matches it: words split on {@code _}, lower case unless three letters or fewer. */
    static String phrase(String raw) {
        StringBuilder words = new StringBuilder(raw.length());
        int letters = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '_' || Character.isWhitespace(c)) {
                if (words.length() > 0 && words.charAt(words.length() - 1) != ' ') {
                    words.append(' ');
                }
            } else {
                letters += Character.isLetter(c) ? 1 : 0;
                words.append(c);
            }
        }
        int end = words.length();
        String phrase = end > 0 && words.charAt(end - 1) == ' ' ? words.substring(0, end - 1) : words.toString();
        return letters <= 3 ? phrase : phrase.toLowerCase(Locale.ROOT);
    }

    /** How a dictionary name is shown: "HUGO_CHAVEZ_" is "Hugo Chavez", "U.N." stays. */
    static String display(String phrase) {
        if (!phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
            return phrase;
        }
        StringBuilder b = new StringBuilder(phrase.length());
        boolean start = true;
        for (char c : phrase.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }

    /** {@code yymmdd} (00-29 are 20xx) or {@code yyyymmdd}. */
    static LocalDate date(String digits) {
        if (digits.length() == 8) {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        }
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(4, 6)));
        }
        throw new IllegalArgumentException("'" + digits + "' is neither yymmdd nor yyyymmdd");
    }
}
