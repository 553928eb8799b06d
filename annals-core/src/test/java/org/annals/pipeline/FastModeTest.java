package org.annals.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.annals.ingest.InputReader;
import org.annals.ingest.ReadOptions;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Event;
import org.annals.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fast pipeline analyses fewer sentences and, on the sample, codes the same events as the default one. */
class FastModeTest {
    private static Article sample;
    private static CoreNlpAnnotator fastNlp;
    private static ArticleCoder fast;

    @BeforeAll
    static void load() {
        sample = new InputReader(new ReadOptions(Optional.empty()))
                .readAll(List.of(Path.of("src/test/resources/samples/venezuela-2019-01-23.txt")))
                .get(0).article().orElseThrow();
        fastNlp = CoreNlpAnnotator.load(ArticleCoder.selector(ArticleCoder.Mode.FAST));
        fast = ArticleCoder.withStages(SharedCoder.languages(), fastNlp);
    }

    private static Set<String> summary(CodedArticle coded) {
        Set<String> events = new TreeSet<>();
        for (Event e : coded.events()) {
            events.add(e.source().code() + " " + e.code() + " " + e.target().map(a -> a.code()).orElse("-")
                    + " " + e.date().value());
        }
        return events;
    }

    @Test
    void fastMode_codesTheSampleLikeTheDefault() {
        CodedArticle coded = fast.code(sample);
        assertEquals(summary(SharedCoder.get().code(sample)), summary(coded));
    }

    @Test
    void fastMode_leavesSentencesWithoutTriggersUnparsed() {
        fastNlp.stageTimes().reset();
        CodedArticle coded = fast.code(sample);
        long analysed = fastNlp.stageTimes().analysedSentences();
        long sentences = fastNlp.stageTimes().sentences();
        assertEquals(coded.sentences().size(), sentences);
        assertTrue(analysed < sentences, analysed + " of " + sentences + " sentences analysed");
        assertTrue(analysed > 0);
    }
}
