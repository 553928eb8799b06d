package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.annals.events.PetrarchVerbPattern.Element;
import org.junit.jupiter.api.Test;

/** The PETRARCH/TABARI verb dictionary syntax as {@link PetrarchVerbReader} reads it. */
class PetrarchVerbReaderTest {
    private static final List<String> DICTIONARY = List.of(
            "<!-- a comment",
            "     spanning lines -->",
            "&TIES  # a synset",
            "+DIPLOMATIC_TIES",
            "+RELATIONS",
            "",
            "--- RESTORE  [064]  ---",
            "RESTORE  # the verb",
            "RENEW {RENEWS RENEWED}",
            "- NOT_* &TIES [112]",
            "- + * IN $ [075]",
            "- * BAD [17K]",
            "- NO VERB HERE [042]",
            "",
            "--- VISIT [042:043] ---",
            "VISIT",
            "WIRE_+TAP {WIRE_+TAPPED} [1711]",
            "--- SAY [---] ---",
            "SAY {SAID}",
            "- * (TO {PRESS CORPS}) [010]");

    private static PetrarchVerbs read() {
        return new PetrarchVerbReader().read(DICTIONARY, "test.verbs.txt");
    }

    @Test
    void patterns_applyToEveryVerbOfTheBlock_andEachVerbGetsTheDefaultCode() {
        PetrarchVerbs verbs = read();
        List<PetrarchVerbPattern> renew = verbs.forVerb("RENEW", "RENEWED");
        assertEquals(List.of("test.verbs.txt:10", "test.verbs.txt:11", "test.verbs.txt:9"),
                renew.stream().map(PetrarchVerbPattern::id).toList());
        assertEquals(Optional.of("064"), renew.get(2).code());
        assertEquals(List.of("RENEWS", "RENEWED"), renew.get(0).verb().irregular());
    }

    @Test
    void elements_keepJoinsSynsetsAndActorMarkers() {
        PetrarchVerbPattern negated = read().forVerb("RESTORE", "RESTORE").get(0);
        assertEquals(List.of(new Element(Element.Kind.WORD, "NOT", true), new Element(Element.Kind.VERB, "", false),
                new Element(Element.Kind.SYNSET, "TIES", false)), negated.elements());
        assertEquals(Optional.of("112"), negated.code());
        assertEquals(List.of(List.of("DIPLOMATIC", "TIES"), List.of("RELATIONS")), read().synset("TIES"));
        PetrarchVerbPattern actors = read().forVerb("RESTORE", "RESTORE").get(1);
        assertEquals(List.of(Element.Kind.TARGET, Element.Kind.VERB, Element.Kind.WORD, Element.Kind.SOURCE),
                actors.elements().stream().map(Element::kind).toList());
    }

    @Test
    void pairedCodes_multiWordVerbs_andBrackets() {
        PetrarchVerbs verbs = read();
        PetrarchVerbPattern visit = verbs.forVerb("VISIT", "VISITED").get(0);
        assertEquals(Optional.of("042"), visit.code());
        assertEquals(Optional.of("043"), visit.mirror());
        PetrarchVerbPattern tap = verbs.forVerb("TAP", "TAPPED").get(0);
        assertEquals(Optional.of("1711"), tap.code());
        assertEquals(List.of(new Element(Element.Kind.WORD, "WIRE", true), new Element(Element.Kind.VERB, "", false)),
                tap.elements());
        List<PetrarchVerbPattern> say = verbs.forVerb("SAY", "SAID");
        assertEquals(1, say.size(), "[---] gives no default rule: " + say);
        assertEquals(List.of("TO", "PRESS", "CORPS"), say.get(0).elements().stream()
                .filter(e -> e.kind() == Element.Kind.WORD).map(Element::text).toList());
    }

    @Test
    void malformedLines_areReportedWithFileAndLine_andSkipped() {
        PetrarchVerbs verbs = read();
        assertEquals(2, verbs.problemCount(), verbs.problems().toString());
        assertTrue(verbs.problems().get(0).startsWith("test.verbs.txt:12: event code '17K'"), verbs.problems().toString());
        assertTrue(verbs.problems().get(1).startsWith("test.verbs.txt:13: a pattern has one '*'"), verbs.problems().toString());
    }
}
