package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorSpanReaderTest {
    private static final LocalDate DATE = LocalDate.of(2019, 1, 1);

    private static List<ActorSentence> read(Path dir, String content) throws IOException {
        return ActorSpanReader.read(Files.writeString(dir.resolve("ner.txt"), content), DATE);
    }

    @Test
    void spans_coverTheTaggedWordsOfTheRebuiltText(@TempDir Path dir) throws IOException {
        List<ActorSentence> sentences = read(dir, """
                Meanwhile O
                , O
                a B-S
                Swiss I-S
                court I-S
                rejected O
                the O
                Croatian B-T
                government I-T
                's I-T
                request O
                . O

                Erdogan B-R
                met O
                Conte B-R
                """);
        assertEquals(2, sentences.size());
        ActorSentence first = sentences.get(0);
        assertEquals("Meanwhile, a Swiss court rejected the Croatian government's request.", first.text());
        assertEquals(List.of("a Swiss court"), words(first, first.sources()));
        assertEquals(List.of("Croatian government's"), words(first, first.targets()));
        assertTrue(first.hasSourceAndTarget());
        assertTrue(first.id().endsWith("ner.txt:1"), first.id());
        assertEquals(DATE, first.date());
        ActorSentence second = sentences.get(1);
        assertEquals(List.of("Erdogan", "Conte"), words(second, second.reciprocal()));
        assertFalse(second.hasSourceAndTarget());
        assertTrue(second.id().endsWith("ner.txt:14"), second.id());
    }

    @Test
    void adjacentSpansOfOneKind_stayApart_andAnOrphanInsideStartsASpan(@TempDir Path dir) throws IOException {
        ActorSentence s = read(dir, "Iran B-S\nand O\nIraq B-S\nTurkey B-S\nwarned O\nthe O\nU.S. B-T\nPresident I-S\n"
                + "Trump I-S\n").get(0);
        assertEquals(List.of("Iran", "Iraq", "Turkey", "President Trump"), words(s, s.sources()));
        assertEquals(List.of("U.S."), words(s, s.targets()));
    }

    @Test
    void text_joinsPunctuationHyphensAndApostrophes() {
        assertEquals("Russia’s pro-Western (so-called) $5 bill, 10% isn't \"big\".",
                ActorSpanReader.text(List.of("Russia", "’", "s", "pro", "-", "Western", "(", "so", "-", "called", ")",
                        "$", "5", "bill", ",", "10", "%", "is", "n't", "\"big\"", ".")));
    }

    @Test
    void text_joinsTheSeparatorsOfNumbersAndInitials_butNotOfAList() {
        assertEquals("deported 2,374 migrants, $1.2 billion to the U.K. on May 5, 2010.",
                ActorSpanReader.text(List.of("deported", "2", ",", "374", "migrants", ",", "$", "1", ".", "2",
                        "billion", "to", "the", "U", ".", "K", ".", "on", "May", "5", ",", "2010", ".")));
    }

    @Test
    void malformedLines_nameTheFileAndLine(@TempDir Path dir) {
        IllegalArgumentException fields = assertThrows(IllegalArgumentException.class,
                () -> read(dir, "Russia B-S\nattacked\n"));
        assertTrue(fields.getMessage().contains("ner.txt:2") && fields.getMessage().contains("fields"), fields.getMessage());
        IllegalArgumentException tag = assertThrows(IllegalArgumentException.class,
                () -> read(dir, "Russia B-S\n\nUkraine B-X\n"));
        assertTrue(tag.getMessage().contains("ner.txt:3") && tag.getMessage().contains("B-X"), tag.getMessage());
    }

    private static List<String> words(ActorSentence s, List<Span> spans) {
        return spans.stream().map(span -> span.of(s.text())).toList();
    }
}
