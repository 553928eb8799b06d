package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.actors.RegistryLoader;
import org.annals.model.Actor;
import org.annals.model.CodedArticle;
import org.annals.model.Event;
import org.annals.pipeline.ArticleCoder;
import org.annals.pipeline.ImportedRules;
import org.annals.pipeline.SharedCoder;
import org.junit.jupiter.api.Test;

/** PETRARCH verb patterns applied to Annals' parse and actors ({@link PetrarchVerbCoder}), alone and beside the built-in patterns. */
class PetrarchVerbCoderTest {
    private static final PetrarchVerbs VERBS = new PetrarchVerbReader().read(List.of(
            "&TIES",
            "+DIPLOMATIC_TIES",
            "+RELATIONS",
            "--- RESTORE [064] ---",
            "RESTORE",
            "- NOT * &TIES [112]",
            "--- PRAISE [---] ---",
            "PRAISE",
            "- * + FOR $ [051]",
            "--- TRAVEL [032:033] ---",
            "TRAVEL {TRAVELED TRAVELLED}"), "test.verbs.txt");

    private static ArticleCoder coder(boolean builtIn, PetrarchDiscards discards) {
        return ArticleCoder.withStages(SharedCoder.languages(), SharedCoder.annotator(), RegistryLoader.loadBuiltIn(),
                new ImportedRules(List.of(VERBS), builtIn, discards));
    }

    private static List<String> code(ArticleCoder coder, String text) {
        CodedArticle coded = SharedCoder.code(coder, text, "2019-02-26");
        return coded.events().stream().map(PetrarchVerbCoderTest::describe).toList();
    }

    private static String describe(Event e) {
        return e.source().code() + " " + e.code() + " " + e.target().map(Actor::code).orElse("-") + " " + e.rule()
                + " [" + e.trigger() + "]" + (e.modality().isEmpty() ? "" : " " + e.modality());
    }

    @Test
    void defaultCode_subjectAndObject_withFileAndLineAsRule() {
        assertEquals(List.of("COL 064 VEN test.verbs.txt:5 [restored]"),
                code(coder(false, PetrarchDiscards.NONE), "Colombia restored diplomatic ties with Venezuela."));
    }

    @Test
    void aPatternThatNamesTheNegation_codesItsOwnAct_notANegatedOne() {
        assertEquals(List.of("COL 112 VEN test.verbs.txt:6 [not restore relations] [FUTURE]"),
                code(coder(false, PetrarchDiscards.NONE), "Colombia will not restore relations with Venezuela."));
    }

    @Test
    void sourceAndTargetMarkers_placeTheActors() {
        assertEquals(List.of("BRA 051 COL test.verbs.txt:9 [praised for]"),
                code(coder(false, PetrarchDiscards.NONE), "The summit praised Colombia for Brazil's help."));
    }

    @Test
    void pairedCode_givesTheReversedEventToo() {
        assertEquals(List.of("COL 032 VEN test.verbs.txt:11 [traveled]", "VEN 033 COL test.verbs.txt:11 [traveled]"),
                code(coder(false, PetrarchDiscards.NONE), "Colombia traveled to Venezuela."));
    }

    @Test
    void besideTheBuiltInPatterns_oneActIsCodedOnce() {
        List<String> events = code(coder(true, PetrarchDiscards.NONE), "Colombia expelled two Venezuelan diplomats. "
                + "Colombia restored diplomatic ties with Venezuela.");
        assertTrue(events.stream().anyMatch(e -> e.startsWith("COL 174 VENGOV")), events.toString());
        assertEquals(1, events.stream().filter(e -> e.startsWith("COL 064 VEN ")).count(), events.toString());
    }

    @Test
    void aDiscardedSentence_isNotCoded_andSaysSo() {
        PetrarchDiscards discards = PetrarchDiscards.read(List.of("BASEBALL  # sports", "+Manchester United"), "d.txt");
        ArticleCoder coder = coder(false, PetrarchDiscards.NONE).withDiscards(discards);
        CodedArticle coded = SharedCoder.code(coder, "Colombia restored diplomatic ties with Venezuela.\n\n"
                + "Colombia traveled to Venezuela for a baseball game.", "2019-02-26");
        assertEquals(List.of("COL 064 VEN test.verbs.txt:5 [restored]"),
                coded.events().stream().map(PetrarchVerbCoderTest::describe).toList());
        assertTrue(coded.diagnostics().stream().anyMatch(d -> d.kind().equals("petrarch-discard")
                && d.message().contains("d.txt:1")), coded.diagnostics().toString());
        CodedArticle story = SharedCoder.code(coder, "Colombia restored diplomatic ties with Venezuela after Manchester United won.",
                "2019-02-26");
        assertEquals(List.of(), story.events());
    }
}
