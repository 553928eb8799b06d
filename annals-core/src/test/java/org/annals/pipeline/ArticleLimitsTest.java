package org.annals.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.ingest.ContentHash;
import org.annals.ingest.InputReader;
import org.annals.ingest.ReadOptions;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLimitsTest {

    @Test
    void overlongArticle_isCodedFromItsBeginningAndTheCutIsReported() {
        String paragraph = "Colombia expelled two Venezuelan diplomats.";
        String text = String.join("\n\n", java.util.Collections.nCopies(40, paragraph));
        Article article = new Article("long", "", LocalDate.of(2019, 2, 26), text, "", "long.txt", ContentHash.of(text));
        CodedArticle coded = SharedCoder.get().withMaxCharacters(200).code(article);
        Diagnostic cut = coded.diagnostics().stream().filter(d -> d.kind().equals("article-truncated")).findFirst()
                .orElseThrow(() -> new AssertionError("no truncation reported: " + coded.diagnostics()));
        assertEquals(Diagnostic.Severity.WARNING, cut.severity());
        assertTrue(coded.sentences().size() < 40 && !coded.sentences().isEmpty(), coded.sentences().toString());
        assertEquals("174", coded.events().get(0).code(), "the beginning is still coded");
        assertEquals(text, coded.article().text(), "the stored text is whole; spans index into it");
        assertTrue(coded.sentences().get(coded.sentences().size() - 1).span().end() <= 200);
    }

    /** "Peru expelled a Bolivian diplomat" and as many more tokens as asked, ending in a full stop. */
    private static String sentenceOf(int tokens) {
        StringBuilder sentence = new StringBuilder("Peru expelled a Bolivian diplomat");
        int count = 5;
        while (count + 5 <= tokens - 1) {
            sentence.append(", and officials met again");
            count += 5;
        }
        while (count < tokens - 1) {
            sentence.append(" today");
            count++;
        }
        return sentence.append('.').toString();
    }

    @Test
    void sentenceAtTheParseLimit_isParsedAndCoded() {
        CodedArticle coded = SharedCoder.code(sentenceOf(120), "2019-02-26");
        assertEquals(1, coded.sentences().size());
        assertTrue(coded.diagnostics().stream().noneMatch(d -> d.kind().equals("sentence-too-long")),
                coded.diagnostics().toString());
        assertEquals("174", coded.events().get(0).code(), coded.events().toString());
    }

    @Test
    void sentenceOverTheParseLimit_isReportedAndCodesNoEvent() {
        CodedArticle coded = SharedCoder.code("Colombia expelled two Venezuelan diplomats.\n\n" + sentenceOf(121),
                "2019-02-26");
        assertEquals(2, coded.sentences().size(), "the long sentence is kept as text");
        Diagnostic skipped = coded.diagnostics().stream().filter(d -> d.kind().equals("sentence-too-long")).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence-too-long: " + coded.diagnostics()));
        assertEquals(Diagnostic.Severity.WARNING, skipped.severity());
        assertEquals("sentence 1", skipped.position());
        assertTrue(skipped.message().contains("sentence 1 (121 tokens)") && skipped.message().contains("120 tokens"),
                skipped.message());
        assertFalse(coded.events().isEmpty(), "the short sentence is still coded");
        assertTrue(coded.events().stream().allMatch(e -> e.sentence() == 0), coded.events().toString());
    }

    /**
     * CoreNLP checks interrupts: an abandoned article's worker stops instead of coding on in the background. The
     * article is long (40 copies of the sample, 130,000 characters) because CoreNLP's quote annotator, run over
     * a whole text of that length, spent 9 s in a step that ignores interrupts; Annals gives it a few paragraphs
     * at a time.
     */
    @Test
    void realPipeline_stopsWhenItsArticleIsAbandoned(@TempDir Path dir) throws IOException {
        String sample = Files.readString(Path.of("../samples/venezuela-2019-01-23.txt"));
        Path article = Files.writeString(dir.resolve("long.txt"), String.join("\n\n", java.util.Collections.nCopies(40, sample)));
        List<RecordResult> results = new ArrayList<>();
        long start = System.nanoTime();
        new BatchCoder(new InputReader(new ReadOptions(Optional.of(LocalDate.of(2019, 1, 23)))), SharedCoder.get(),
                Optional.empty(), 1, Duration.ofSeconds(3)).run(List.of(article), results::add);
        double seconds = (System.nanoTime() - start) / 1e9;
        Diagnostic abandoned = results.get(0).diagnostics().stream().filter(d -> d.kind().equals("article-timeout"))
                .findFirst().orElseThrow(() -> new AssertionError("not abandoned: " + results.get(0).diagnostics()));
        assertTrue(abandoned.message().contains("stopped when interrupted"), abandoned.message());
        assertTrue(seconds < 20, "gave up after the limit and the grace period: " + seconds + " s");
    }

    @Test
    void limitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> SharedCoder.get().withMaxCharacters(0));
    }
}
