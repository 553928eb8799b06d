package org.annals.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.ingest.InputReader;
import org.annals.ingest.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCoderTest {

    private static List<RecordResult> run(Path input, int threads) {
        List<RecordResult> results = new ArrayList<>();
        new BatchCoder(new InputReader(new ReadOptions(Optional.empty())), SharedCoder.get(), Optional.empty(), threads)
                .run(List.of(input), results::add);
        return results;
    }

    @Test
    void parallelCoding_keepsInputOrderAndResults(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("batch.jsonl");
        List<String> lines = new ArrayList<>();
        String[] texts = {"Colombia expelled two Venezuelan diplomats.", "Washington imposed sanctions on Caracas.",
            "Russia recognized Nicolás Maduro as president.", "Protesters rallied in Bogotá against the government.",
            "Peru expelled a Bolivian diplomat.", "The weather was mild."};
        for (int i = 0; i < texts.length; i++) {
            lines.add("{\"id\": \"r" + i + "\", \"date\": \"2019-02-26\", \"text\": \"" + texts[i] + "\"}");
        }
        lines.add(2, "{not json");
        Files.write(input, lines);
        List<RecordResult> sequential = run(input, 1);
        List<RecordResult> parallel = run(input, 2);
        assertEquals(7, parallel.size());
        assertEquals(sequential.stream().map(RecordResult::id).toList(), parallel.stream().map(RecordResult::id).toList());
        assertEquals(sequential, parallel);
    }

    @Test
    void threads_mustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new BatchCoder(new InputReader(new ReadOptions(Optional.empty())),
                SharedCoder.get(), Optional.empty(), 0));
    }
}
