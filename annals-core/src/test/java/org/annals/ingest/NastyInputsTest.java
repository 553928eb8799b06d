package org.annals.ingest;

import static org.annals.ingest.TestInputs.article;
import static org.annals.ingest.TestInputs.kinds;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.annals.model.Article;
import org.annals.model.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nasty-inputs folder, read in one batch with a good article: every bad input is a diagnostic, never a crash. */
class NastyInputsTest {

    @TempDir
    Path nasty;

    @BeforeEach
    void copyNastyFolderAndAddGeneratedFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestInputs.resource("nasty"))) {
            for (Path file : files.toList()) {
                Files.copy(file, nasty.resolve(file.getFileName()));
            }
        }
        // Generated here rather than committed: a binary blob and a megabyte of text do not belong in git.
        Files.write(nasty.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0, 8, 0, 8, 0});
        Files.write(nasty.resolve("controls.txt"), new byte[] {1, 2, 3, 4, 5, 6, 'a', 'b', 'c', 'd', 'e', 'f'});
        Files.writeString(nasty.resolve("huge-line.txt"), "Long Line\n\n" + "word ".repeat(200_000));
    }

    @Test
    void nastyBatch_givesEachItsDiagnosticAndStillReadsTheGoodFile() {
        Path good = TestInputs.resource("samples/venezuela-2019-01-23.txt");
        List<InputRecord> records = assertDoesNotThrow(() -> new InputReader(
                new ReadOptions(Optional.of(LocalDate.of(2019, 1, 23)))).readAll(List.of(nasty, good)));

        Map<String, InputRecord> byName = records.stream().collect(Collectors.toMap(InputRecord::id,
                Function.identity()));
        assertEquals(List.of("empty-input"), kinds(byName.get("empty.txt")));
        assertEquals(List.of("empty-input"), kinds(byName.get("whitespace.txt")));
        assertEquals(List.of("binary-input"), kinds(byName.get("binary.txt")));
        assertEquals(List.of("binary-input"), kinds(byName.get("controls.txt")));
        assertEquals(List.of("invalid-encoding"), kinds(byName.get("latin1.txt")));
        assertTrue(byName.get("latin1.txt").diagnostics().get(0).message().contains("byte offset 3"),
                byName.get("latin1.txt").diagnostics().toString());
        assertTrue(kinds(byName.get("furniture-only.html")).contains("empty-input"));

        Article nonEnglish = article(byName.get("non-english.txt"));
        assertEquals("Мадуро разорвал дипломатические отношения с США", nonEnglish.title());
        assertTrue(nonEnglish.text().endsWith("委内瑞拉反对派领导人瓜伊多宣布自己为临时总统。"));
        assertEquals(1_000_000, article(byName.get("huge-line.txt")).text().length() + 1);

        List<InputRecord> jsonl = records.stream().filter(r -> r.origin().contains("bad.jsonl:")).toList();
        assertEquals(6, jsonl.size());
        assertEquals(List.of(true, false, false, false, false, true),
                jsonl.stream().map(r -> r.article().isPresent()).toList());

        InputRecord sample = records.get(records.size() - 1);
        assertTrue(article(sample).text().startsWith("Today, Venezuelan opposition leader"));
        assertTrue(records.stream().flatMap(r -> r.diagnostics().stream())
                .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .allMatch(d -> !d.message().isBlank()));
    }

    @Test
    void wholeJsonlFileNotUtf8_givesOneErrorRecord() throws IOException {
        Path file = nasty.resolve("latin1.jsonl");
        Files.write(file, new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE9, '"', '}', '\n',
            '{', '}', '\n'});
        List<InputRecord> records = new InputReader(new ReadOptions(Optional.empty())).readAll(List.of(file));
        assertEquals(1, records.size());
        assertEquals(List.of("invalid-encoding"), kinds(records.get(0)));
        assertEquals(file.toString(), records.get(0).origin());
    }
}
