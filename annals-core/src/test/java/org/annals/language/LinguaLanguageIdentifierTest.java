package org.annals.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinguaLanguageIdentifierTest {
    private static LanguageIdentifier languages;

    @BeforeAll
    static void load() {
        languages = LinguaLanguageIdentifier.load();
    }

    static String resource(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/languages", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de", "ar", "ru", "zh"})
    void foreignNews_isNamedAndNotEnglish(String code) {
        LanguageGuess guess = languages.identify(resource(code + ".txt"));
        assertEquals(code, guess.language(), guess.evidence());
        assertTrue(guess.notEnglish());
    }

    @Test
    void englishArticleWithASpanishQuote_staysEnglish() {
        LanguageGuess guess = languages.identify(resource("en-quote.txt"));
        assertEquals("en", guess.language(), guess.evidence());
        assertFalse(guess.notEnglish());
    }

    @Test
    void plainEnglishArticle_isSettledByItsFunctionWords_andAMixedOneByTheModels() throws IOException {
        LanguageGuess article = languages.identify(Files.readString(Path.of("../samples/venezuela-2019-01-23.txt")));
        assertEquals("en", article.language());
        assertTrue(article.evidence().startsWith("English function words are"), article.evidence());
        LanguageGuess mixed = languages.identify(resource("en-quote.txt"));
        assertTrue(mixed.evidence().startsWith("English scored highest"), mixed.evidence());
    }

    @Test
    void tooFewLettersOrTooShortToTell_isUndeterminedAndCoded() {
        for (String text : List.of("", "2019-01-23 14:00", "Maduro: ¡Viva Venezuela!", "Colombia expulsa a dos diplomáticos")) {
            LanguageGuess guess = languages.identify(text);
            assertFalse(guess.notEnglish(), text + ": " + guess);
        }
        assertEquals(LanguageGuess.UNDETERMINED, languages.identify("12 34 56").language());
    }

    @Test
    void shortEnglishSentences_areNeverTakenForAnotherLanguage() {
        for (String text : List.of("Colombia expelled two Venezuelan diplomats.", "Peru expelled a Bolivian diplomat.",
                "Brazil criticized Venezuela.", "Mexico praised Uruguay.", "Washington imposed sanctions on Caracas.",
                "Students protested in Bogotá against the government.")) {
            assertFalse(languages.identify(text).notEnglish(), text + ": " + languages.identify(text));
        }
    }

    @Test
    void foreignWordsInAnEnglishText_doNotMakeItForeign() {
        String text = "Chinese President Xi Jinping (习近平) met his Russian counterpart in Moscow on Tuesday, the Kremlin "
                + "said. Protesters in Beirut carried banners reading \"كلن يعني كلن\" as they marched on parliament.";
        assertEquals("en", languages.identify(text).language(), languages.identify(text).evidence());
    }

    @Test
    void longArticle_isJudgedOnItsWholeNotItsFirstParagraphs() {
        String english = resource("en-quote.txt").repeat(8);
        String spanish = resource("es.txt").repeat(6);
        LanguageGuess spanishLead = languages.identify(spanish + "\n\n" + english);
        assertFalse(spanishLead.notEnglish(), "a long Spanish lead does not outvote the English article: " + spanishLead);
        LanguageGuess spanishEnd = languages.identify(english + "\n\n" + spanish);
        assertFalse(spanishEnd.notEnglish(), "nor does a Spanish appendix: " + spanishEnd);
        assertEquals("es", languages.identify(spanish.repeat(3)).language());
    }

    /** ConfliBERT's English news sentences, every third one: none may be taken for another language. */
    @Test
    void englishNewsSentences_areNeverTakenForAnotherLanguage() throws IOException {
        Path sentences = Path.of("../../shared/reference/conflibert/cameo_class/train.tsv");
        assumeTrue(Files.isRegularFile(sentences), "skipped: " + sentences.toAbsolutePath() + " is absent");
        List<String> lines = Files.readAllLines(sentences);
        List<String> foreign = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < lines.size(); i += 3) {
            String sentence = lines.get(i).split("\t")[0];
            if (sentence.isBlank()) {
                continue;
            }
            checked++;
            LanguageGuess guess = languages.identify(sentence);
            if (guess.notEnglish()) {
                foreign.add(guess + ": " + sentence);
            }
        }
        assertTrue(checked > 400, "read " + checked + " sentences");
        assertEquals(List.of(), foreign);
    }
}
