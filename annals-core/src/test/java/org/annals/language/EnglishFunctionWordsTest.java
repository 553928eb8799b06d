package org.annals.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishFunctionWordsTest {

    @Test
    void wordsAreRunsOfLettersAndFunctionWordsAreCountedInAnyCase() {
        EnglishFunctionWords.Count count = EnglishFunctionWords.count("The U.S. said, on 23 January, that THE talks-were over.");
        assertEquals(11, count.words(), "The U S said on January that THE talks were over");
        assertEquals(5, count.functionWords(), "The, said, that, THE, were");
    }

    @Test
    void englishNewsArticle_isPlainlyEnglish() throws IOException {
        String article = Files.readString(Path.of("../samples/venezuela-2019-01-23.txt"));
        EnglishFunctionWords.Count count = EnglishFunctionWords.count(TextSample.of(article));
        assertTrue(count.plainlyEnglish(), count.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de", "ar", "ru", "zh"})
    void foreignNews_isLeftToTheLanguageModels(String code) {
        EnglishFunctionWords.Count count = EnglishFunctionWords.count(LinguaLanguageIdentifierTest.resource(code + ".txt"));
        assertFalse(count.plainlyEnglish(), count.toString());
    }

    @Test
    void englishWithALongForeignQuotation_andShortTexts_areLeftToTheLanguageModels() {
        assertFalse(EnglishFunctionWords.count(LinguaLanguageIdentifierTest.resource("en-quote.txt")).plainlyEnglish());
        assertFalse(EnglishFunctionWords.count("The president said that the talks were over.").plainlyEnglish(),
                "too few words to settle anything");
        String spanishWithEnglishNames = LinguaLanguageIdentifierTest.resource("es.txt")
                + " El diario The Washington Post y la cadena The Associated Press citaron a Trump: \"We are with the people\".";
        assertFalse(EnglishFunctionWords.count(spanishWithEnglishNames).plainlyEnglish());
    }

    /** ConfliBERT's sentences grouped into articles of about 600 words, as the benchmark does: every one is plainly English. */
    @Test
    void newsArticlesBuiltFromConfliBertSentences_areAllPlainlyEnglish() throws IOException {
        Path sentences = Path.of("../../shared/reference/conflibert/cameo_class/train.tsv");
        assumeTrue(Files.isRegularFile(sentences), "skipped: " + sentences.toAbsolutePath() + " is absent");
        List<String> notPlain = new ArrayList<>();
        StringBuilder article = new StringBuilder();
        int words = 0;
        int articles = 0;
        for (String line : Files.readAllLines(sentences)) {
            String sentence = line.split("\t")[0];
            article.append(sentence).append(' ');
            words += sentence.split(" ").length;
            if (words >= 600) {
                articles++;
                EnglishFunctionWords.Count count = EnglishFunctionWords.count(TextSample.of(article.toString()));
                if (!count.plainlyEnglish()) {
                    notPlain.add(count + ": " + article.substring(0, 80));
                }
                article.setLength(0);
                words = 0;
            }
        }
        assertTrue(articles >= 45, articles + " articles");
        assertEquals(List.of(), notPlain);
    }
}
