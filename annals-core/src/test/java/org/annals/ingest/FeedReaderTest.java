package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
    private final InputReader reader = new InputReader(new ReadOptions(Optional.of(LocalDate.of(2019, 3, 1))));

    @Test
    void rssItems_becomeArticlesInFeedOrder() {
        List<InputRecord> records = reader.readAll(List.of(Path.of("src/test/resources/feeds/wire.rss")));
        assertEquals(3, records.size(), records.toString());
        Article first = records.get(0).article().orElseThrow();
        assertEquals("Colombia expels diplomats", first.title());
        assertEquals(LocalDate.of(2019, 2, 26), first.date());
        assertEquals("https://example.org/colombia-expels", first.url());
        assertEquals("https://example.org/colombia-expels", first.id());
        assertEquals("Colombia expelled two Venezuelan diplomats on Monday.", first.text());
        assertTrue(records.get(0).diagnostics().stream().anyMatch(d -> d.kind().equals("boilerplate-removed")));
        assertTrue(records.get(1).article().isEmpty(), "an item without text is reported, not coded");
        assertEquals("empty-input", records.get(1).diagnostics().get(0).kind());
        Article third = records.get(2).article().orElseThrow();
        assertEquals(LocalDate.of(2019, 3, 1), third.date(), "an undated item takes --date");
    }

    @Test
    void atomEntries_useContentAndPublishedDate() {
        List<InputRecord> records = reader.readAll(List.of(Path.of("src/test/resources/feeds/news.atom")));
        Article entry = records.get(0).article().orElseThrow();
        assertEquals("Peru expelled a Bolivian diplomat.", entry.text());
        assertEquals(LocalDate.of(2019, 2, 25), entry.date());
        assertEquals("urn:annals:test:1", entry.id());
    }

    @Test
    void notAFeed_isOneErrorRecord_andDoctypesAreRefused(@TempDir Path dir) throws IOException {
        Path notFeed = dir.resolve("page.xml");
        Files.writeString(notFeed, "<html><body>hello</body></html>");
        Path xxe = dir.resolve("evil.rss");
        Files.writeString(xxe, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title><description>d</description></item></channel></rss>");
        List<InputRecord> records = reader.readAll(List.of(notFeed, xxe));
        assertEquals(2, records.size(), records.toString());
        assertEquals("malformed-feed", records.get(0).diagnostics().get(0).kind());
        assertEquals("malformed-feed", records.get(1).diagnostics().get(0).kind());
        assertFalse(records.get(1).diagnostics().get(0).message().contains("root:"), "no file content leaks");
    }
}
