package org.annals.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared: accents, case, curly apostrophes and spacing do not matter. */
final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    static String normalize(String text) {
        if (isPlainAscii(text)) {
            // The common case, and the hot path of actor resolution: no accents, quotes or runs of spaces.
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace('’', '\'').replace('‘', '\'');
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    /**
     * Short all-capital abbreviations ("US", "UN", "EU") are matched with their case, so that the
     * pronoun "us" or the word "un" never turns into an actor.
     */
    static boolean isCaseSensitive(String name) {
        String letters = name.replace(".", "");
        return letters.length() <= 4 && letters.chars().allMatch(Character::isUpperCase);
    }

    /** True when some word of the text starts with a lower-case letter. */
    static boolean hasLowerCaseWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ((i == 0 || Character.isWhitespace(text.charAt(i - 1))) && Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when a word of {@code text} starts in lower case where the same word of {@code name} starts with a
     * capital; names and text of different word counts are not compared and agree.
     */
    static boolean capitalisationAgrees(String text, String name) {
        String[] textWords = SPACES.split(text.strip());
        String[] nameWords = SPACES.split(name.strip());
        if (textWords.length != nameWords.length) {
            return true;
        }
        for (int i = 0; i < textWords.length; i++) {
            if (!textWords[i].isEmpty() && !nameWords[i].isEmpty() && Character.isLowerCase(textWords[i].charAt(0))
                    && Character.isUpperCase(nameWords[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainAscii(String text) {
        if (text.isEmpty() || text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 || c < ' ' || c == ' ' && previous == ' ') {
                return false;
            }
            previous = c;
        }
        return true;
    }
}
