package org.annals.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.annals.events.CameoCodebook;
import org.annals.events.EventPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternOverlayTest {
    private final CameoCodebook codebook = CameoCodebook.loadBuiltIn();

    @Test
    void userPatterns_replaceByIdAndAdd(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.txt");
        Files.writeString(file, "# mine\nrecognize 054 verb=recognize,acknowledge target=obj\nblacklist 163 verb=blacklist target=obj\n");
        List<EventPattern> builtIn = ArticleCoder.patterns(codebook, List.of());
        List<EventPattern> overlaid = ArticleCoder.patterns(codebook, List.of(file));
        assertEquals(builtIn.size() + 1, overlaid.size());
        EventPattern recognize = overlaid.stream().filter(p -> p.id().equals("recognize")).findFirst().orElseThrow();
        assertEquals(Set.of("recognize", "acknowledge"), recognize.lemmas());
        assertTrue(overlaid.stream().anyMatch(p -> p.id().equals("blacklist")));
    }

    @Test
    void missingOrMalformedFile_namesIt(@TempDir Path dir) throws IOException {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ArticleCoder.patterns(codebook, List.of(dir.resolve("none.txt"))));
        assertTrue(missing.getMessage().contains("none.txt"), missing.getMessage());
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "x 054 verb=a\ny 999 verb=b\n");
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
                () -> ArticleCoder.patterns(codebook, List.of(bad)));
        assertTrue(malformed.getMessage().contains("bad.txt:2"), malformed.getMessage());
    }
}
