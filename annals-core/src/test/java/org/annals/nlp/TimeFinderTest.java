package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SUTime in windows around cues finds what SUTime over the whole sentence finds, with the right token indices. */
class TimeFinderTest {
    private static TimeFinder finder;
    private static StanfordCoreNLP tokenizer;

    @BeforeAll
    static void load() {
        finder = new TimeFinder(CoreNlpAnnotator.defaultProperties());
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        tokenizer = new StanfordCoreNLP(props);
    }

    private static List<CoreLabel> tokens(String sentence) {
        Annotation document = new Annotation(sentence);
        tokenizer.annotate(document);
        return document.get(CoreAnnotations.TokensAnnotation.class);
    }

    /** Every expression of the sentence, found window by window as the pipeline finds them. */
    private static List<TimeExpression> find(String sentence) {
        List<CoreLabel> tokens = tokens(sentence);
        return SentenceTimes.deferred(TimeFinder.windows(tokens), w -> finder.find(tokens, w, "2019-01-23")).get();
    }

    @Test
    void durationAndRelativeDay_areResolvedAgainstTheArticleDate() {
        List<TimeExpression> times = find("Maduro on Wednesday gave American diplomats 72 hours to leave the country.");
        assertEquals(2, times.size(), times.toString());
        assertEquals("DATE", times.get(0).type());
        assertEquals("2019-01-23", times.get(0).value());
        assertEquals(2, times.get(0).firstToken(), "Wednesday");
        assertEquals("DURATION", times.get(1).type());
        assertEquals("PT72H", times.get(1).value());
        assertEquals("72", times.get(1).text().split(" ")[0]);
    }

    @Test
    void dateFarIntoALongSentence_isFoundWithItsTokenIndex() {
        String sentence = "The opposition leader, who has been touring the provinces and meeting union leaders, "
                + "students and farmers in an attempt to broaden his support, said the vote would be held on "
                + "March 3, 2020.";
        List<TimeExpression> times = find(sentence);
        assertEquals(1, times.size(), times.toString());
        assertEquals("2020-03-03", times.get(0).value());
        assertTrue(times.get(0).firstToken() > 25);
    }

    @Test
    void sentenceWithoutCues_hasNoTimes() {
        assertTrue(find("Protesters marched through the capital chanting slogans against the government.").isEmpty());
    }

    @Test
    void yearAfterSince_isADate() {
        List<TimeExpression> times = find("The United States has imposed sanctions on Venezuela since 2017.");
        assertEquals(1, times.size(), times.toString());
        assertEquals("2017", times.get(0).value());
    }

    @Test
    void referencesToNowOrThePastAlone_areNotLookedFor_butDatesBesideThemAre() {
        assertTrue(find("Officials have recently said that the talks are now over and will soon resume.").isEmpty());
        assertTrue(TimeFinder.windows(tokens("Officials have recently said that the talks are now over.")).isEmpty());
        List<TimeExpression> times = find("The border has been closed until Friday.");
        assertEquals(1, times.size(), times.toString());
        assertEquals("2019-01-25", times.get(0).value());
    }
}
