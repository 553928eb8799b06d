package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.pipeline.SharedCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gold JSON Lines path end to end, on a small file of hand-labelled sentences. */
class GoldEvaluationTest {
    private static final Path SMOKE = Path.of("src/test/resources/eval/smoke.gold.jsonl");

    @Test
    void goldFile_isReadAndScored() {
        List<GoldRecord> records = GoldReader.jsonLines(SMOKE);
        assertEquals(5, records.size());
        Scoreboard board = new CodingEvaluator(SharedCoder.get()).evaluate(records);
        assertEquals(5, board.records());
        assertTrue(board.root().truePositives() >= 2, board.confusionTable());
        assertTrue(board.root().precision() >= 0.6, "precision " + board.root().precision() + "\n" + board.confusionTable());
    }

    @Test
    void malformedGoldLine_namesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\": \"x\", \"date\": \"2019-01-01\", \"text\": \"a\", \"events\": []}\n"
                + "{\"id\": \"y\", \"date\": \"2019-01-01\", \"text\": \"b\", \"events\": [{\"code\": \"5\"}]}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldReader.jsonLines(bad));
        assertTrue(e.getMessage().contains("bad.jsonl:2"), e.getMessage());
    }
}
