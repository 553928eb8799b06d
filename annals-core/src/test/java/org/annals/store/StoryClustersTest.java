package org.annals.store;

import static org.annals.store.ClusterFixtures.article;
import static org.annals.store.ClusterFixtures.event;
import static org.annals.store.ClusterFixtures.sentences;
import static org.annals.store.ClusterFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.annals.cluster.WireStories;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryClustersTest {

    private static final LocalDate DAY = LocalDate.of(2019, 2, 26);

    @TempDir
    Path dir;

    private static CodedArticle wire(String id, String text, String url) {
        return article(id, text, url, id + ".txt", DAY, List.of());
    }

    /** Each stored text's content hash, mapped to its story's id. */
    private static Map<String, String> storyOf(EventStore store) {
        Map<String, String> stories = new TreeMap<>();
        store.stories(StoryQuery.all()).forEach(s -> s.members().forEach(m -> stories.put(m.contentHash(), s.id())));
        return stories;
    }

    /** Each mention, as article id and seq, mapped to its event cluster's id. */
    private static Map<String, String> clusterOf(EventStore store) {
        Map<String, String> clusters = new TreeMap<>();
        store.storedEvents(EventQuery.all()).forEach(e -> clusters.put(e.event().articleId() + "/" + e.event().code(),
                e.cluster().id()));
        return clusters;
    }

    @Test
    void aWireStoryAndTwoEditedRepublications_formOneStory_andOtherStoriesStayApart() {
        CodedArticle original = wire("reuters", WireStories.WIRE, "https://www.reuters.com/world/expelled");
        CodedArticle added = wire("ap", WireStories.WITH_ADDED_PARAGRAPH, "https://apnews.com/article/diplomats");
        CodedArticle reordered = wire("courier", WireStories.REORDERED_WITH_BOILERPLATE, "https://courier.example/x");
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            for (CodedArticle article : List.of(original, added, reordered,
                    wire("own", WireStories.SAME_EVENT_OWN_WORDS, "https://other.example/own"),
                    wire("bridge", WireStories.OTHER_STORY, "https://other.example/bridge"))) {
                store.save(article);
            }
            List<StoryCluster> shared = store.stories(new StoryQuery(Optional.empty(), Optional.empty(), 2, 10));
            assertEquals(1, shared.size(), shared.toString());
            StoryCluster story = shared.get(0);
            assertEquals(List.of("ap", "courier", "reuters"),
                    story.members().stream().map(StoryMember::articleId).sorted().toList());
            String least = List.of(original, added, reordered).stream().map(c -> c.article().contentHash()).sorted()
                    .findFirst().orElseThrow();
            assertEquals(least, story.id(), "a story is named after its least content hash");
            assertEquals(3, story.articles());
            assertEquals(3, story.sources());
            story.members().forEach(m -> assertTrue(m.similarity() >= 0.5, m.toString()));
            assertEquals(3, store.stories(StoryQuery.all()).size());
            assertEquals(3, store.counts().stories());
        }
    }

    @Test
    void ingestOrder_changesNeitherStoriesNorEventClusters() {
        // X and Z overlap by a third, too little to be one story; Y overlaps each by about 0.6 and joins them.
        List<String> lines = sentences(11, 15);
        CodedArticle x = article("x", text(lines, 0, 10), "", "x.txt", DAY,
                List.of(event("COL", "VEN", "174", DAY)));
        CodedArticle z = article("z", text(lines, 5, 15), "", "z.txt", DAY.plusDays(1),
                List.of(event("COL", "VEN", "174", DAY.plusDays(1))));
        CodedArticle y = article("y", text(lines, 2, 13), "", "y.txt", DAY.plusDays(3),
                List.of(event("VEN", "COL", "111", DAY.plusDays(3))));
        CodedArticle w = article("w", text(sentences(12, 10), 0, 10), "", "w.txt", DAY,
                List.of(event("COL", "VEN", "174", DAY)));
        // Six orders rather than all 24 (each costs a new database file): the bridge first, between its
        // neighbours and last, and each article first once.
        List<List<CodedArticle>> orders = List.of(List.of(x, z, y, w), List.of(y, x, z, w), List.of(w, z, x, y),
                List.of(z, y, w, x), List.of(x, y, w, z), List.of(w, y, z, x));

        Map<String, String> stories = null;
        Map<String, String> clusters = null;
        int run = 0;
        for (List<CodedArticle> order : orders) {
            try (EventStore store = EventStore.open(dir.resolve("order-" + run++ + ".duckdb"))) {
                order.forEach(store::save);
                if (stories == null) {
                    stories = storyOf(store);
                    clusters = clusterOf(store);
                } else {
                    assertEquals(stories, storyOf(store), "stories after " + ids(order));
                    assertEquals(clusters, clusterOf(store), "event clusters after " + ids(order));
                }
            }
        }
        String xHash = x.article().contentHash();
        assertEquals(stories.get(xHash), stories.get(z.article().contentHash()), "Y joins X and Z");
        assertEquals(stories.get(xHash), stories.get(y.article().contentHash()));
        assertNotEquals(stories.get(xHash), stories.get(w.article().contentHash()));
        assertEquals(clusters.get("x/174"), clusters.get("z/174"), "one story, a day apart: one event");
        assertEquals(clusters.get("x/174"), clusters.get("w/174"), "same key and same day: one event");
    }

    @Test
    void beforeTheBridgeArrives_itsNeighboursAreApart() {
        List<String> lines = sentences(11, 15);
        CodedArticle x = article("x", text(lines, 0, 10), "", "x.txt", DAY, List.of(event("COL", "VEN", "174", DAY)));
        CodedArticle z = article("z", text(lines, 5, 15), "", "z.txt", DAY.plusDays(1),
                List.of(event("COL", "VEN", "174", DAY.plusDays(1))));
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.save(x);
            store.save(z);
            assertEquals(2, store.counts().stories());
            assertEquals(2, store.counts().eventClusters(), "a day apart in two stories: two events");
            store.save(article("y", text(lines, 2, 13), "", "y.txt", DAY, List.of()));
            assertEquals(1, store.counts().stories());
            assertEquals(1, store.counts().eventClusters(), "the merged story links the two mentions");
        }
    }

    @Test
    void savingAgainAndRecordingSources_changeNoCluster() {
        List<CodedArticle> articles = List.of(wire("reuters", WireStories.WIRE, "https://reuters.com/a"),
                wire("ap", WireStories.WITH_ADDED_PARAGRAPH, "https://apnews.com/b"),
                wire("other", WireStories.OTHER_STORY, "https://other.example/c"));
        Path file = dir.resolve("s.duckdb");
        try (EventStore store = EventStore.open(file)) {
            articles.forEach(store::save);
        }
        try (EventStore store = EventStore.open(file)) {
            Map<String, String> before = storyOf(store);
            StoreCounts counts = store.counts();
            articles.forEach(a -> assertEquals(SaveOutcome.ALREADY_STORED, store.save(a)));
            articles.forEach(a -> store.recordSource(a.article()));
            assertEquals(before, storyOf(store));
            assertEquals(counts, store.counts());
        }
    }

    @Test
    void anExactDuplicateElsewhere_isAnotherCopyOfTheSameMember() {
        CodedArticle original = wire("reuters", WireStories.WIRE, "https://reuters.com/a");
        Article copy = new Article("mirror", "", DAY, WireStories.WIRE, "https://www.mirror.example/a", "mirror.txt",
                original.article().contentHash());
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.save(original);
            assertEquals(List.of(), store.stories(new StoryQuery(Optional.empty(), Optional.empty(), 2, 10)));
            store.recordSource(copy);
            List<StoryCluster> stories = store.stories(new StoryQuery(Optional.empty(), Optional.empty(), 2, 10));
            assertEquals(1, stories.size());
            assertEquals(1, stories.get(0).members().size());
            assertEquals(List.of(new StoryMember.Copy("reuters.txt", "https://reuters.com/a", "reuters.com"),
                    new StoryMember.Copy("mirror.txt", "https://www.mirror.example/a", "mirror.example")),
                    stories.get(0).members().get(0).copies());
            assertEquals(2, stories.get(0).sources());
        }
    }

    @Test
    void textsWithoutWords_areStoriesOfTheirOwn() {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.save(wire("a", "— — —", ""));
            store.save(wire("b", "* * *", ""));
            assertEquals(2, store.counts().stories());
        }
    }

    @Test
    void stories_filterByDateAndLimit() {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.save(article("early", WireStories.WIRE, "", "early.txt", DAY, List.of()));
            store.save(article("late", WireStories.WITH_ADDED_PARAGRAPH, "", "late.txt", DAY.plusDays(5), List.of()));
            store.save(article("other", WireStories.OTHER_STORY, "", "other.txt", DAY.plusDays(9), List.of()));
            assertEquals(2, store.stories(new StoryQuery(Optional.of(DAY.plusDays(5)), Optional.empty(), 1, 10)).size());
            assertEquals(1, store.stories(new StoryQuery(Optional.of(DAY.plusDays(6)), Optional.empty(), 1, 10)).size());
            assertEquals(1, store.stories(new StoryQuery(Optional.empty(), Optional.of(DAY), 1, 10)).size());
            List<StoryCluster> first = store.stories(new StoryQuery(Optional.empty(), Optional.empty(), 1, 1));
            assertEquals(1, first.size());
            assertEquals(DAY, first.get(0).first());
            assertEquals(DAY.plusDays(5), first.get(0).last());
        }
    }

    private static List<String> ids(List<CodedArticle> order) {
        return order.stream().map(c -> c.article().id()).toList();
    }
}
