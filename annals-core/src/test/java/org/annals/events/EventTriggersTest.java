package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.Span;
import org.annals.nlp.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventTriggersTest {
    private static EventTriggers triggers;

    @BeforeAll
    static void load() {
        CameoCodebook codebook = CameoCodebook.loadBuiltIn();
        triggers = EventTriggers.of(new PatternFileReader(codebook).readBuiltIn());
    }

    /** Tokens with the given lemmas; the tags do not matter to the selector. */
    private static List<Token> lemmas(String... lemmas) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < lemmas.length; i++) {
            tokens.add(new Token(i, lemmas[i], lemmas[i], "NN", "O", new Span(i, i + 1)));
        }
        return tokens;
    }

    @Test
    void sentenceWithATriggerVerb_getsTheFullAnalysis() {
        assertTrue(triggers.fullAnalysis(lemmas("the", "united", "states", "recognize", "guaidó")));
        assertTrue(triggers.fullAnalysis(lemmas("they", "expel", "the", "diplomat")));
    }

    @Test
    void sentenceWithoutTriggers_isLeftLight() {
        assertFalse(triggers.fullAnalysis(lemmas("the", "weather", "be", "mild", "in", "caracas")));
        assertFalse(triggers.fullAnalysis(lemmas()));
    }

    @Test
    void builtInPatterns_giveManyTriggerLemmas() {
        assertTrue(triggers.lemmaCount() > 100, "trigger lemmas: " + triggers.lemmaCount());
    }
}
