package org.annals.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.annals.ingest.ContentHash;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Diagnostic;
import org.junit.jupiter.api.Test;

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

    @Test
    void limitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> SharedCoder.get().withMaxCharacters(0));
    }
}
