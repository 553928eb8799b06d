package org.annals.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.ingest.InputReader;
import org.annals.ingest.ReadOptions;
import org.annals.model.CodedArticle;
import org.annals.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article without a date is coded against --date, else its file's modification day, and says which. */
class DatelessArticlesTest {
    @TempDir
    Path dir;

    private RecordResult code(Optional<LocalDate> date) throws IOException {
        Path story = Files.writeString(dir.resolve("story.txt"), "Colombia expelled two Venezuelan diplomats today.\n");
        Files.setLastModifiedTime(story, FileTime.from(LocalDate.of(2020, 5, 6).atTime(12, 0)
                .atZone(ZoneId.systemDefault()).toInstant()));
        List<RecordResult> results = new ArrayList<>();
        new BatchCoder(new InputReader(new ReadOptions(date)), SharedCoder.get(), Optional.empty())
                .run(List.of(story), results::add);
        return results.get(0);
    }

    private static Diagnostic only(RecordResult result, String kind) {
        List<Diagnostic> found = result.diagnostics().stream().filter(d -> d.kind().equals(kind)).toList();
        assertEquals(1, found.size(), result.diagnostics().toString());
        return found.get(0);
    }

    @Test
    void noDate_isCodedAgainstTheDateOption() throws IOException {
        RecordResult result = code(Optional.of(LocalDate.of(2019, 2, 26)));
        CodedArticle coded = result.coded().orElseThrow();
        assertEquals(LocalDate.of(2019, 2, 26), coded.article().date());
        assertEquals("2019-02-26", coded.events().get(0).date().value(), coded.events().toString());
        Diagnostic note = only(result, "date-from-option");
        assertEquals(Diagnostic.Severity.INFO, note.severity());
        assertTrue(note.message().contains("2019-02-26"), note.message());
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.kind().equals("date-guessed")));
    }

    @Test
    void noDateAndNoOption_isCodedAgainstTheFileTimeWithAWarning() throws IOException {
        RecordResult result = code(Optional.empty());
        CodedArticle coded = result.coded().orElseThrow();
        assertEquals(LocalDate.of(2020, 5, 6), coded.article().date());
        assertEquals("2020-05-06", coded.events().get(0).date().value(), coded.events().toString());
        Diagnostic guessed = only(result, "date-guessed");
        assertEquals(Diagnostic.Severity.WARNING, guessed.severity());
        assertTrue(guessed.message().contains("2020-05-06") && guessed.message().contains("--date"), guessed.message());
    }
}
