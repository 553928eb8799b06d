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
import org.annals.nlp.AnnotatedText;
import org.annals.nlp.CoreNlpAnnotator;
import org.annals.nlp.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast pipeline (named entities for trigger sentences, the shallow parse for all) codes the sample's main events
 * as the default one does. It is allowed to differ in detail, not in the story; its cost on labelled data is measured
 * in docs/benchmarks.md.
 */
class FastModeTest {
    private static Article sample;
    private static CoreNlpAnnotator fastNlp;
    private static ArticleCoder fast;

    @BeforeAll
    static void load() {
        sample = new InputReader(new ReadOptions(Optional.empty()))
                .readAll(List.of(Path.of("src/test/resources/samples/venezuela-2019-01-23.txt")))
                .get(0).article().orElseThrow();
        fastNlp = ArticleCoder.annotator(ArticleCoder.Mode.FAST);
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
    void fastMode_codesMostOfTheDefaultsEvents_andTheStory() {
        Set<String> fastEvents = summary(fast.code(sample));
        Set<String> defaultEvents = summary(SharedCoder.get().code(sample));
        Set<String> shared = new TreeSet<>(defaultEvents);
        shared.retainAll(fastEvents);
        assertTrue(shared.size() >= 0.8 * defaultEvents.size(), "fast " + fastEvents + "\ndefault " + defaultEvents);
        for (String key : List.of("USAGOV 054 VENOPP", "VENGOV 161 USA", "VENGOV 174 USAGOV", "USAGOV 138 VEN")) {
            assertTrue(fastEvents.stream().anyMatch(e -> e.startsWith(key)), key + " missing from " + fastEvents);
        }
    }

    /** The CRF sees only words near capitalised words in the fast pipeline, and tags the names as it does whole sentences. */
    @Test
    void fastMode_tagsTheSameNamesAsTheDefault() {
        AnnotatedText fastText = fastNlp.annotate(sample.text(), sample.date());
        AnnotatedText defaultText = SharedCoder.annotator().annotate(sample.text(), sample.date());
        int names = 0;
        int differ = 0;
        for (int s = 0; s < fastText.sentences().size(); s++) {
            List<Token> fastTokens = fastText.sentences().get(s).tokens();
            List<Token> defaultTokens = defaultText.sentences().get(s).tokens();
            if (fastTokens.stream().allMatch(t -> t.ner().equals("O"))) {
                continue; // not given entities at all (no trigger word)
            }
            for (int t = 0; t < fastTokens.size(); t++) {
                String fastTag = fastTokens.get(t).ner();
                String defaultTag = defaultTokens.get(t).ner();
                if (!fastTag.equals("O") || !defaultTag.equals("O")) {
                    names++;
                    differ += fastTag.equals(defaultTag) ? 0 : 1;
                }
            }
        }
        assertTrue(names > 50, names + " name words");
        assertTrue(differ <= names / 50, differ + " of " + names + " name words tagged otherwise");
    }

    @Test
    void fastMode_givesNamedEntitiesOnlyToSentencesWithTriggers() {
        fastNlp.stageTimes().reset();
        CodedArticle coded = fast.code(sample);
        long analysed = fastNlp.stageTimes().analysedSentences();
        long sentences = fastNlp.stageTimes().sentences();
        assertEquals(coded.sentences().size(), sentences);
        assertTrue(analysed < sentences, analysed + " of " + sentences + " sentences analysed");
        assertTrue(analysed > 0);
    }
}
