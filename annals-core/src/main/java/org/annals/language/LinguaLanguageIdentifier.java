package org.annals.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/*
 * Design note: deciding that an article is not English.
 *
 * A false "not English" loses an article (it is stored but never coded); a false "English" only costs the NLP
 * time spent on a foreign text that yields no events. So the identifier says "not English" only when it is
 * sure, and every close call is coded.
 *
 * Lingua (all 75 of its languages, low-accuracy mode, models preloaded) scores the text's sample (TextSample)
 * and gives each candidate language a confidence relative to the best one (the best is 1.0). The rules, in order:
 *   1. fewer than MIN_LETTERS letters: undetermined (numbers, a dateline, a one-word headline);
 *   2. English function words make a good share of the sample's words (EnglishFunctionWords): English, without
 *      running Lingua (most articles end here; Lingua took about a tenth of the fast pipeline's time);
 *   3. English is the best: English;
 *   4. English scores at least CLOSE_CALL of the best: undetermined (a mixed or odd text, coded);
 *   5. fewer than MIN_LETTERS_SAME_SCRIPT letters and English is a candidate at all: undetermined, since a
 *      sentence or two does not tell English from another language in the same script;
 *   6. otherwise the best language.
 * Measured with Lingua 1.2.2 (low-accuracy mode): on 1,349 English news sentences (ConfliBERT, 147 characters on
 * average) another language came first 12 times, and English then always scored 0.92 or more; on texts of one
 * to three sentences written for the tests in Spanish, French, German, Italian, Portuguese, Dutch, Swedish and
 * Indonesian English scored 0.46-0.76 (French and Italian highest). Texts in Cyrillic, Arabic or Chinese script,
 * and the Turkish one, gave English no score at all. CLOSE_CALL = 0.8 sits between. English sentences of 35-45
 * characters came out Swedish or Sesotho with English at 0.86-0.90, hence rule 4.
 *
 * Low-accuracy mode uses trigrams only. For texts of 120 characters or more Lingua uses only trigrams in any
 * mode, so on articles nothing is lost; low accuracy loads in a few seconds and ~64 MB of heap, where high accuracy
 * took ~50 s and ~540 MB for just 24 languages. All languages rather than a list of common news languages: a
 * restricted detector files a Tamil or Bengali article under whatever listed language is nearest, or under none,
 * and such an article would then be coded as English. The extra languages cost about two seconds of load and make
 * identifying a Latin-script text ~40% slower (docs/benchmarks.md has the figures).
 *
 * Lingua keeps its models in static maps shared by every detector in the JVM; build this once anyway.
 */

/**
 * The {@link LanguageIdentifier} built on Lingua: decides on a sample of the text and calls a text "not English"
 * only when it is sure (see the design note in the source). Thread-safe once loaded.
 */
public final class LinguaLanguageIdentifier implements LanguageIdentifier {

    static final int MIN_LETTERS = 20;
    static final int MIN_LETTERS_SAME_SCRIPT = 60;
    static final double CLOSE_CALL = 0.8;

    private final LanguageDetector detector;

    private LinguaLanguageIdentifier(LanguageDetector detector) {
        this.detector = detector;
    }

    /** Loads the models of every language Lingua knows. A few seconds: call once, from the wiring code. */
    public static LinguaLanguageIdentifier load() {
        return new LinguaLanguageIdentifier(LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode()
                .withPreloadedLanguageModels().build());
    }

    @Override
    public LanguageGuess identify(String text) {
        String sample = TextSample.of(text);
        long letters = sample.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            return new LanguageGuess(LanguageGuess.UNDETERMINED, "only " + letters + " letters");
        }
        EnglishFunctionWords.Count function = EnglishFunctionWords.count(sample);
        if (function.plainlyEnglish()) {
            return new LanguageGuess(LanguageGuess.ENGLISH, String.format(Locale.ROOT,
                    "English function words are %.0f%% of %d words", 100 * function.share(), function.words()));
        }
        SortedMap<Language, Double> confidence = detector.computeLanguageConfidenceValues(sample);
        if (confidence.isEmpty() || confidence.firstKey() == Language.UNKNOWN) {
            return new LanguageGuess(LanguageGuess.UNDETERMINED, "no known language matched");
        }
        Language best = confidence.firstKey();
        if (best == Language.ENGLISH) {
            return new LanguageGuess(LanguageGuess.ENGLISH, "English scored highest" + runnerUp(confidence));
        }
        double english = confidence.getOrDefault(Language.ENGLISH, 0.0);
        String evidence = english == 0 ? "English ruled out"
                : String.format(Locale.ROOT, "English scored %.2f of %s", english, name(best));
        if (english >= CLOSE_CALL) {
            return new LanguageGuess(LanguageGuess.UNDETERMINED, evidence + ", too close to tell");
        }
        if (letters < MIN_LETTERS_SAME_SCRIPT && english > 0) {
            return new LanguageGuess(LanguageGuess.UNDETERMINED, evidence + " in only " + letters + " letters");
        }
        return new LanguageGuess(code(best), evidence);
    }

    private static String runnerUp(SortedMap<Language, Double> confidence) {
        return confidence.entrySet().stream().skip(1).findFirst()
                .map((Map.Entry<Language, Double> e) -> String.format(Locale.ROOT, ", %s next at %.2f",
                        name(e.getKey()), e.getValue()))
                .orElse("");
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    private static String name(Language language) {
        return Locale.forLanguageTag(code(language)).getDisplayLanguage(Locale.ENGLISH);
    }
}
