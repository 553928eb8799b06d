package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatternFileReaderTest {
    private final PatternFileReader reader = new PatternFileReader(CameoCodebook.loadBuiltIn());

    private List<EventPattern> read(String text) throws IOException {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.txt");
    }

    @Test
    void verbRule_readsConstraintsAndTargets() throws IOException {
        EventPattern p = read("# comment\n\nbreak-ties 161 verb=break,cut object=tie,relation target=object.nmod:with|obl:with\n").get(0);
        assertEquals("break-ties", p.id());
        assertEquals("161", p.code());
        assertEquals(EventPattern.Trigger.VERB, p.trigger());
        assertEquals(Set.of("break", "cut"), p.lemmas());
        assertEquals(Set.of("tie", "relation"), p.object());
        assertEquals(List.of("object.nmod:with", "obl:with"), p.targets());
        assertTrue(p.targetRequired());
    }

    @Test
    void phraseRule_keepsQuotedSpaces() throws IOException {
        EventPattern p = read("threat 138 phrase=\"option (?:be )?on the table\" source=speaker target=context\n").get(0);
        assertTrue(p.phrase().orElseThrow().matcher("all option be on the table").find());
        assertEquals("speaker", p.source());
    }

    @Test
    void complementSubject_sourceNeedsAComplement() throws IOException {
        EventPattern p = read("claim 015 verb=claim complement=attack complement-subject=source target=none target-required=no\n").get(0);
        assertTrue(p.ownComplement());
        assertTrue(!read("claim 015 verb=claim complement=attack\n").get(0).ownComplement());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("claim 015 verb=claim complement-subject=source\n"));
        assertTrue(e.getMessage().contains("test.txt:1"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> read("claim 015 verb=claim complement=attack complement-subject=object\n"));
    }

    @Test
    void unknownCode_namesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("ok 054 verb=recognize\nbad 999 verb=frobnicate\n"));
        assertTrue(e.getMessage().startsWith("test.txt:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("'999'"), e.getMessage());
    }

    @Test
    void unknownField_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("x 054 verb=a colour=red\n"));
        assertTrue(e.getMessage().contains("colour=red"), e.getMessage());
    }

    @Test
    void missingTrigger_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> read("x 054 object=a\n"));
    }

    @Test
    void builtInPatterns_allParse() {
        List<EventPattern> patterns = reader.readBuiltIn();
        assertTrue(patterns.size() >= 30, "only " + patterns.size() + " patterns");
        assertEquals(patterns.size(), patterns.stream().map(EventPattern::id).distinct().count(), "pattern ids must be unique");
    }
}
