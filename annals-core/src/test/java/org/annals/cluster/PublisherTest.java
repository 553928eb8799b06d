package org.annals.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PublisherTest {

    @Test
    void aUrl_countsAsItsHost_withoutWwwAndCase() {
        assertEquals(new Publisher("https://www.Reuters.com/world/a-1", "reuters.com"),
                Publisher.of("https://www.Reuters.com/world/a-1", "feed.jsonl:3"));
        assertEquals("reuters.com", Publisher.of("http://reuters.com:8080/b", "x").name());
        assertEquals("edition.cnn.com", Publisher.of("https://edition.cnn.com/c", "x").name());
    }

    @Test
    void theFragment_isNotPartOfTheDocument() {
        assertEquals("https://example.org/story", Publisher.of("https://example.org/story#comments", "x").document());
    }

    @Test
    void anUnescapedUrl_stillGivesItsHost() {
        assertEquals("example.org", Publisher.of("https://example.org/a story|with bars", "x").name());
    }

    @Test
    void withoutAUrl_theOriginsFileIsThePublisher() {
        assertEquals(new Publisher("feeds/wire.jsonl:12", "feeds/wire.jsonl"), Publisher.of("", "feeds/wire.jsonl:12"));
        assertEquals(new Publisher("crawl.warc.gz#4", "crawl.warc.gz"), Publisher.of("  ", "crawl.warc.gz#4"));
        assertEquals(new Publisher("news/a.txt", "news/a.txt"), Publisher.of("", "news/a.txt"));
        assertEquals("stdin", Publisher.of("", "stdin").name());
    }

    @Test
    void aUrlWithoutAHost_fallsBackToTheOrigin() {
        assertEquals(new Publisher("a.txt", "a.txt"), Publisher.of("urn:isbn:0451450523", "a.txt"));
        assertEquals(new Publisher("a.txt", "a.txt"), Publisher.of("/relative/path", "a.txt"));
    }
}
