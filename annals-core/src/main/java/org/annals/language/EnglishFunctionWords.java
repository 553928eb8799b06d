package org.annals.language;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises text that is plainly English from its function words, so that the language models need not run.
 *
 * <p>Design note. Identifying a language with Lingua costs about as much as tagging an article's parts of speech
 * (docs/benchmarks.md), yet almost everything Annals reads is English. The words below are among the commonest
 * of English news (together about 14% of the words of a news article, 11% at the least in the ConfliBERT corpus)
 * and none is a common word of another language written in the Latin script ("was", "will", "of", "are", "to",
 * "in", "on" and "by" are left out for German, Dutch, Romanian, Polish, French and Scandinavian). In the foreign
 * texts of the tests they make 0% of the words; an English article quoting Spanish at length, 7%. A text where
 * they make at least {@link #ENOUGH_SHARE} of at least {@link #ENOUGH_WORDS} words is English without asking the
 * models; any other text goes to them. A foreign text taken for English this way would have to be largely
 * English, and the cost of that mistake is only the time spent coding it (see {@link LinguaLanguageIdentifier}).
 */
final class EnglishFunctionWords {

    static final double ENOUGH_SHARE = 0.08;
    static final int ENOUGH_WORDS = 40;

    private static final Set<String> WORDS = Set.of("the", "and", "that", "with", "from", "which", "were", "would",
            "their", "they", "been", "have", "has", "this", "said", "after", "about", "who", "its", "not", "but");

    /** How many words a text has and how many of them are English function words. */
    record Count(int words, int functionWords) {

        double share() {
            return words == 0 ? 0 : (double) functionWords / words;
        }

        /** Whether the count settles that the text is English. */
        boolean plainlyEnglish() {
            return words >= ENOUGH_WORDS && share() >= ENOUGH_SHARE;
        }
    }

    private EnglishFunctionWords() {
    }

    /** Counts the words (runs of letters) of {@code text} and its English function words. */
    static Count count(String text) {
        int words = 0;
        int function = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                // Function words are short: skip lower-casing the long ones.
                if (i - start <= 5 && WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    function++;
                }
            }
        }
        return new Count(words, function);
    }
}
