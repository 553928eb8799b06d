package org.annals.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.ingest.InputReader;
import org.annals.ingest.ReadOptions;
import org.annals.store.EventCluster;
import org.annals.store.EventQuery;
import org.annals.store.EventStore;
import org.annals.store.StoreCounts;
import org.annals.store.StoredEvent;
import org.annals.store.StoryCluster;
import org.annals.store.StoryQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Short real articles through the whole pipeline into a store: a wire story, its republication elsewhere, the
 * same outlet's own follow-up and an unrelated story. Four articles, so about four seconds of NLP.
 */
class ClusteringPipelineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String WIRE = "Colombia expelled two Venezuelan diplomats on Tuesday, the foreign ministry "
            + "said.\n\nThe ministry accused the two officials of meeting opposition figures without notice.\n\n"
            + "Venezuela's foreign minister rejected the accusation as a fabrication.\n\n"
            + "Relations between the two neighbours have been strained for years.";
    /** The wire story republished with its paragraphs in another order and one added. */
    private static final String REPUBLISHED = "The ministry accused the two officials of meeting opposition figures "
            + "without notice.\n\nColombia expelled two Venezuelan diplomats on Tuesday, the foreign ministry said.\n\n"
            + "Venezuela's foreign minister rejected the accusation as a fabrication.\n\n"
            + "Relations between the two neighbours have been strained for years.\n\n"
            + "Trade across the border has recovered over the past year.";
    /** The wire agency's own, differently written follow-up on the same event. */
    private static final String FOLLOW_UP = "Colombia expelled two Venezuelan diplomats on Tuesday.\n\n"
            + "Officials in Bogota gave no details of what the envoys were accused of.";
    private static final String OTHER = "Washington imposed sanctions on Caracas.";

    private static String record(String id, String url, String text) throws IOException {
        return JSON.writeValueAsString(java.util.Map.of("id", id, "date", "2019-02-26", "url", url, "text", text));
    }

    private static List<RecordResult> ingest(EventStore store, Path input) {
        List<RecordResult> results = new ArrayList<>();
        new BatchCoder(new InputReader(new ReadOptions(Optional.empty())), SharedCoder.get(), Optional.of(store))
                .run(List.of(input), results::add);
        return results;
    }

    private static EventCluster expulsion(EventStore store) {
        List<StoredEvent> expulsions = store.storedEvents(EventQuery.all().withActor("COL").withCode("174"));
        assertTrue(!expulsions.isEmpty(), "the pipeline codes the expulsion");
        Set<EventCluster> clusters = expulsions.stream().map(StoredEvent::cluster).collect(Collectors.toSet());
        assertEquals(1, clusters.size(), "every report of the expulsion is one event: " + expulsions);
        return clusters.iterator().next();
    }

    @Test
    void wireStoryRepublicationAndFollowUp_clusterAndCountThroughThePipeline(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first.jsonl");
        Files.write(first, List.of(record("wire", "https://www.reuters.com/world/expelled", WIRE),
                record("republished", "https://apnews.com/article/expelled", REPUBLISHED),
                record("other", "https://other.example/sanctions", OTHER)));
        Path second = dir.resolve("second.jsonl");
        Files.write(second, List.of(record("follow-up", "https://reuters.com/world/follow-up", FOLLOW_UP)));

        try (EventStore store = EventStore.open(dir.resolve("annals.duckdb"))) {
            ingest(store, first);
            List<StoryCluster> shared = store.stories(new StoryQuery(Optional.empty(), Optional.empty(), 2, 10));
            assertEquals(1, shared.size(), shared.toString());
            assertEquals(Set.of("wire", "republished"),
                    shared.get(0).members().stream().map(m -> m.articleId()).collect(Collectors.toSet()));
            EventCluster twoHosts = expulsion(store);
            assertEquals(2, twoHosts.articles(), "two articles from two hosts: " + twoHosts);
            assertEquals(2, twoHosts.sources(), twoHosts.toString());

            // Tomorrow's run: the follow-up is its own story, but reports the same event from a host seen before.
            ingest(store, second);
            assertEquals(3, store.counts().stories());
            EventCluster withFollowUp = expulsion(store);
            assertEquals(3, withFollowUp.articles(), withFollowUp.toString());
            assertEquals(2, withFollowUp.sources(), "reuters.com twice is one source: " + withFollowUp);
            assertTrue(withFollowUp.mentions() >= 3, withFollowUp.toString());
            assertNotEquals(expulsion(store).id(), store.storedEvents(EventQuery.all().withCode("163")).get(0).cluster().id());

            // Running both again changes nothing.
            StoreCounts counts = store.counts();
            List<StoredEvent> events = store.storedEvents(EventQuery.all());
            ingest(store, first).forEach(r -> assertTrue(r.duplicate(), r.toString()));
            ingest(store, second);
            assertEquals(counts, store.counts());
            assertEquals(events, store.storedEvents(EventQuery.all()));
        }
    }
}
