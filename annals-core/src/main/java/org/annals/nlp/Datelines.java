package org.annals.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire datelines, blanked before the text is read: "WASHINGTON (AP) —", "CARACAS, Venezuela (Reuters) -",
 * "MOSCOW, Jan 23 (Reuters) -", "New York (CNN)". A dateline says where the story was filed, not who acted: read
 * as words, its city runs into the first mention ("New York (CNN) French President Emmanuel Macron" coded as the
 * US government) or becomes the subject of the first clause.
 *
 * <p>Design note. Only the start of a line is looked at (a paragraph opens a line), and only three shapes count,
 * each with a sign that it is no sentence's subject: a place, an optional date and a parenthesised source (a word,
 * not a year) followed by a dash; the same without the dash where the source is a news agency Annals knows ("New
 * York (CNN) French President..."); or a place in capitals followed by a dash ("MOSCOW —"). A paragraph opening
 * "Maduro (pictured) said" keeps its words. The dateline's characters become spaces, so that every offset into the
 * text stays the same (evidence spans point into the article as written) and the sentence reads from its first
 * real word. Stateless.
 */
public final class Datelines {
    /** Capitalised words of a place, with its region or country after a comma: "CARACAS, Venezuela", "New York". */
    private static final String PLACE = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}"
            + "(?:, \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2})?";
    /** A date after the place: "Jan 23", "January 23, 2019", "23 January". */
    private static final String DATE = "(?:, (?:\\p{Lu}\\p{L}{2,8}\\.? \\d{1,2}(?:, \\d{4})?"
            + "|\\d{1,2} \\p{Lu}\\p{L}{2,8}(?: \\d{4})?))?";
    private static final String SOURCE = "\\((\\p{L}[^()\\n]{0,39})\\)";
    private static final String DASH = "(?:—|–|-{1,2})";
    private static final Pattern WITH_DASH = Pattern.compile(PLACE + DATE + " ?" + SOURCE + " ?" + DASH + " ?");
    private static final Pattern AGENCY_ONLY = Pattern.compile(PLACE + DATE + " ?" + SOURCE + " (?=\\p{Lu})");
    private static final Pattern CAPITALS = Pattern.compile(
            "\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,}){0,2}(?:, [\\p{L} .]{2,30}?)?" + " ?" + DASH + " ");
    /** News agencies and broadcasters whose name in brackets after a place makes a dateline without a dash. */
    private static final Set<String> AGENCIES = Set.of("ap", "afp", "reuters", "cnn", "xinhua", "dpa", "ani", "ians",
            "pti", "upi", "bloomberg", "bbc", "tass", "efe", "ansa", "kyodo", "yonhap", "anadolu", "aa", "kuna", "wam",
            "spa", "irna", "sputnik", "interfax", "ria novosti", "al jazeera", "nhk", "bernama", "antara", "pna",
            "the associated press", "associated press", "agence france-presse", "prensa latina", "cna", "abc news",
            "nbc news", "cbs news", "fox news", "voa", "rferl", "rfe/rl", "saba", "wafa", "mena", "petra", "sana");

    private Datelines() {
    }

    /** {@code text} with each line's opening dateline replaced by spaces; the same length as {@code text}. */
    public static String blank(String text) {
        StringBuilder out = null;
        for (int start = 0; start < text.length(); start = nextLine(text, start)) {
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int end = datelineEnd(text, start);
            if (end > start) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int i = start; i < end; i++) {
                    if (!Character.isWhitespace(text.charAt(i))) {
                        out.setCharAt(i, ' ');
                    }
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Where the dateline opening at {@code start} ends, or {@code start} when there is none. */
    private static int datelineEnd(String text, int start) {
        int lineEnd = text.indexOf('\n', start);
        String line = text.substring(start, lineEnd < 0 ? text.length() : lineEnd);
        Matcher dash = WITH_DASH.matcher(line);
        if (dash.lookingAt() && dash.end() < line.length()) {
            return start + dash.end();
        }
        Matcher agency = AGENCY_ONLY.matcher(line);
        if (agency.lookingAt() && AGENCIES.contains(agency.group(1).strip().toLowerCase(Locale.ROOT))) {
            return start + agency.end();
        }
        Matcher capitals = CAPITALS.matcher(line);
        if (capitals.lookingAt() && capitals.end() < line.length()) {
            return start + capitals.end();
        }
        return start;
    }

    /** The start of the next line. */
    private static int nextLine(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline + 1;
    }
}
