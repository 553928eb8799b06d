package org.annals.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.annals.ingest.InputReader;
import org.annals.ingest.ReadOptions;
import org.annals.model.Actor;
import org.annals.model.CodedArticle;
import org.annals.model.Event;
import org.annals.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code golden/NAME.txt} (with its {@code NAME.json} metadata) is coded and compared with
 * {@code golden/NAME.events.json}. A changed output is reviewed, then re-recorded with
 * {@code mvn test -Dtest=GoldenArticlesTest -Dannals.golden.record=true}.
 */
class GoldenArticlesTest {
    private static final Path FOLDER = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Stream<Path> articles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void codingMatchesGoldenFile(Path article) throws IOException {
        CodedArticle coded = SharedCoder.get().code(new InputReader(new ReadOptions(Optional.empty()))
                .readAll(List.of(article)).get(0).article().orElseThrow());
        String actual = JSON.writeValueAsString(summary(coded)) + "\n";
        Path golden = Path.of(article.toString().replaceAll("\\.txt$", ".events.json"));
        if (Boolean.getBoolean("annals.golden.record") || !Files.exists(golden)) {
            Files.writeString(golden, actual);
        }
        assertEquals(Files.readString(golden), actual, "coding of " + article + " changed; review, then re-record");
    }

    /** The parts of a coding a reviewer checks: who did what to whom, when, by which rule, how
     * asserted and on whose word; who said what. */
    private static ObjectNode summary(CodedArticle coded) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode events = root.putArray("events");
        for (Event e : coded.events()) {
            ObjectNode node = events.addObject();
            node.put("sentence", e.sentence());
            node.put("code", e.code());
            node.put("source", e.source().code());
            node.put("sourceText", e.source().text());
            node.put("target", e.target().map(Actor::code).orElse(null));
            node.put("targetText", e.target().map(Actor::text).orElse(null));
            node.put("date", e.date().value());
            node.put("rule", e.rule());
            node.put("trigger", e.trigger());
            node.put("location", e.location().map(p -> p.name() + ", " + p.country()).orElse(null));
            if (!e.modality().isEmpty()) {
                node.put("modality", e.modality().toString());
            }
            e.claimant().ifPresent(c -> node.put("claimant", c.code()));
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : coded.quotes()) {
            ObjectNode node = quotes.addObject();
            node.put("sentence", q.sentence());
            node.put("start", q.text().length() > 40 ? q.text().substring(0, 40) : q.text());
            node.put("speaker", q.speaker().map(Quote.Speaker::name).orElse(null));
            node.put("code", q.speaker().map(Quote.Speaker::code).orElse(null));
        }
        return root;
    }
}
