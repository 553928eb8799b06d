package org.annals.ingest;

import static org.annals.ingest.TestInputs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How far through its inputs each record ends, and the total known in advance: what the progress line uses. */
class InputOffsetsTest {
    @TempDir
    Path dir;

    private final InputReader reader = new InputReader(new ReadOptions(Optional.of(LocalDate.of(2019, 2, 26))));

    private List<Long> offsets(List<Path> paths) {
        List<Long> offsets = new ArrayList<>();
        reader.readWithOffsets(paths, (record, bytesThrough) -> offsets.add(bytesThrough));
        return offsets;
    }

    @Test
    void filesCountWhole_andAFileOfSeveralRecordsIsSharedAmongThem() throws IOException {
        Path text = write(dir, "a.txt", "Colombia expelled two Venezuelan diplomats.");
        Path lines = write(dir, "b.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n{\"text\": \"Three.\"}\n");
        long a = Files.size(text);
        long b = Files.size(lines);
        assertEquals(List.of(a, a + b / 3, a + 2 * b / 3, a + b), offsets(List.of(text, lines)));
        assertEquals(OptionalLong.of(a + b), reader.inputBytes(List.of(text, lines)));
    }

    @Test
    void directory_countsWhatIsRead_andFailuresCountNothing() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Path text = write(inputs, "a.txt", "Peru expelled a Bolivian diplomat.");
        write(inputs, "notes.md", "not an input");
        write(inputs, ".hidden.txt", "skipped");
        Path empty = write(inputs, "z.txt", "");
        Path missing = dir.resolve("missing.txt");
        long total = Files.size(text) + Files.size(empty);
        assertEquals(List.of(Files.size(text), total, total), offsets(List.of(inputs, missing)));
        assertEquals(OptionalLong.of(total), reader.inputBytes(List.of(inputs, missing)));
    }

    @Test
    void standardInput_hasNoKnownTotal() {
        assertEquals(OptionalLong.empty(), reader.inputBytes(List.of(dir, Path.of("-"))));
    }
}
