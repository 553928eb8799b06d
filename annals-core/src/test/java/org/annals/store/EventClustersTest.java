package org.annals.store;

import static org.annals.store.ClusterFixtures.article;
import static org.annals.store.ClusterFixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.annals.cluster.WireStories;
import org.annals.ingest.ContentHash;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventClustersTest {

    private static final LocalDate DAY = LocalDate.of(2019, 2, 26);

    @TempDir
    Path dir;

    private EventStore store;

    @BeforeEach
    void open() {
        store = EventStore.open(dir.resolve("events.duckdb"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** An article of its own words (no near duplicate of the others) reporting Colombia's expulsion on DAY. */
    private static CodedArticle expulsion(String id, String text, String url, LocalDate date) {
        return article(id, text, url, id + ".txt", date, List.of(event("COL", "VEN", "174", DAY)));
    }

    private EventCluster clusterOf(String articleId) {
        return store.storedEvents(EventQuery.all()).stream().filter(e -> e.event().articleId().equals(articleId))
                .findFirst().orElseThrow().cluster();
    }

    @Test
    void twoArticlesFromTwoHosts_areTwoArticlesAndTwoSources_andCountsGrowAsTheyArrive() {
        store.save(expulsion("reuters", WireStories.WIRE, "https://www.reuters.com/a", DAY));
        EventCluster one = clusterOf("reuters");
        assertEquals(List.of(1, 1, 1), counts(one));

        store.save(expulsion("el-tiempo", WireStories.SAME_EVENT_OWN_WORDS, "https://eltiempo.example/b", DAY));
        EventCluster two = clusterOf("reuters");
        assertEquals(List.of(2, 2, 2), counts(two));
        assertEquals(two, clusterOf("el-tiempo"));
        // Named after its least mention, whichever article arrived first.
        String least = store.storedEvents(EventQuery.all()).stream()
                .map(e -> ContentHash.of(e.evidence()) + ":0").sorted().findFirst().orElseThrow();
        assertEquals(least, two.id());
    }

    private static List<Integer> counts(EventCluster cluster) {
        return List.of(cluster.mentions(), cluster.articles(), cluster.sources());
    }

    @Test
    void twoArticlesFromOneHost_areOneSource() {
        store.save(expulsion("r1", WireStories.WIRE, "https://www.reuters.com/a", DAY));
        store.save(expulsion("r2", WireStories.SAME_EVENT_OWN_WORDS, "https://reuters.com/b", DAY));
        EventCluster cluster = clusterOf("r1");
        assertEquals(2, cluster.articles());
        assertEquals(1, cluster.sources());
    }

    @Test
    void anExactDuplicateAtAnotherHost_isOneMoreArticleSourceAndMention_butTheSamePageTwiceIsNot() {
        CodedArticle original = expulsion("reuters", WireStories.WIRE, "https://reuters.com/a", DAY);
        store.save(original);
        Article samePage = new Article("again", "", DAY, WireStories.WIRE, "https://reuters.com/a", "crawl-2/a.html",
                original.article().contentHash());
        store.recordSource(samePage);
        assertEquals(1, clusterOf("reuters").articles(), "one URL is one document, however often it is read");
        Article mirror = new Article("mirror", "", DAY, WireStories.WIRE, "https://mirror.example/a", "mirror/a.html",
                original.article().contentHash());
        store.recordSource(mirror);
        EventCluster cluster = clusterOf("reuters");
        assertEquals(2, cluster.mentions());
        assertEquals(2, cluster.articles());
        assertEquals(2, cluster.sources());
    }

    @Test
    void twoMentionsInOneArticle_areTwoMentionsOfOneArticle() {
        store.save(article("a", WireStories.WIRE, "https://reuters.com/a", "a.txt", DAY,
                List.of(event("COL", "VEN", "174", DAY), event("COL", "VEN", "174", DAY))));
        EventCluster cluster = clusterOf("a");
        assertEquals(new EventCluster(cluster.id(), 2, 1, 1), cluster);
        assertEquals(1, store.eventClusters(EventQuery.all()).size());
    }

    @Test
    void anIndependentReportADayLater_isAnotherEvent_untilARepublicationLinksThem() {
        store.save(expulsion("wire", WireStories.WIRE, "https://reuters.com/a", DAY));
        store.save(article("own", WireStories.SAME_EVENT_OWN_WORDS, "https://eltiempo.example/b", "own.txt",
                DAY.plusDays(1), List.of(event("COL", "VEN", "174", DAY.plusDays(1)))));
        assertNotEquals(clusterOf("wire").id(), clusterOf("own").id(), "independent reports must name the same day");

        // The republication dates its undated act by its own date, a day later: it is the wire story's event
        // (same story, a day apart) and the independent report's (same day), so all three are one.
        store.save(article("repub", WireStories.WITH_ADDED_PARAGRAPH, "https://courier.example/a", "repub.txt",
                DAY.plusDays(1), List.of(event("COL", "VEN", "174", DAY.plusDays(1)))));
        assertEquals(clusterOf("wire"), clusterOf("repub"));
        assertEquals(clusterOf("wire"), clusterOf("own"));
        assertEquals(List.of(3, 3, 3), counts(clusterOf("wire")));
    }

    @Test
    void aNegatedMention_orAnotherCode_isAnotherEvent() {
        store.save(expulsion("a", WireStories.WIRE, "https://reuters.com/a", DAY));
        store.save(article("b", WireStories.OTHER_STORY, "https://b.example/b", "b.txt", DAY,
                List.of(event("COL", "VEN", "174", EventDate.ofDay(DAY, "article date"), Set.of(Modality.NEGATED)),
                        event("COL", "VEN", "1741", DAY))));
        assertEquals(3, store.counts().eventClusters());
        assertEquals(1, clusterOf("a").articles());
    }

    @Test
    void eventClusters_giveOneRowPerCluster_andAClusterIdSelectsItsMentions() {
        store.save(expulsion("a", WireStories.WIRE, "https://reuters.com/a", DAY));
        store.save(expulsion("b", WireStories.SAME_EVENT_OWN_WORDS, "https://b.example/b", DAY));
        store.save(article("c", WireStories.OTHER_STORY, "https://c.example/c", "c.txt", DAY,
                List.of(event("VEN", "COL", "036", DAY))));
        List<StoredEvent> clusters = store.eventClusters(EventQuery.all());
        assertEquals(2, clusters.size());
        StoredEvent expulsions = clusters.stream().filter(e -> e.event().code().equals("174")).findFirst().orElseThrow();
        assertEquals(2, expulsions.cluster().articles());

        String id = expulsions.cluster().id();
        String shortId = id.substring(0, 12) + id.substring(id.indexOf(':'));
        assertEquals(2, store.storedEvents(EventQuery.all().inCluster(shortId)).size());
        assertEquals(2, store.storedEvents(EventQuery.all().inCluster(id)).size());
        assertEquals(1, store.eventClusters(EventQuery.all().withLimit(1)).size());
        assertThrows(IllegalArgumentException.class, () -> EventQuery.all().inCluster("not a cluster"));
    }

    @Test
    void storedEvents_carryTheStoryOfTheirArticle() {
        CodedArticle wire = expulsion("wire", WireStories.WIRE, "https://reuters.com/a", DAY);
        CodedArticle repub = expulsion("repub", WireStories.WITH_ADDED_PARAGRAPH, "https://courier.example/a", DAY);
        store.save(wire);
        store.save(repub);
        String least = wire.article().contentHash().compareTo(repub.article().contentHash()) < 0
                ? wire.article().contentHash() : repub.article().contentHash();
        store.storedEvents(EventQuery.all()).forEach(e -> assertEquals(least, e.story()));
    }
}
