package org.annals.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.annals.model.Diagnostic;

/**
 * Reads RSS and Atom feeds with ROME: one record per item, in feed order. An item's text is its full content
 * where the feed carries it, else its description; its date the item's publication (else update) day in UTC.
 * A file that is no feed is one error record; DOCTYPEs are refused (ROME's default), so no external entity
 * is ever fetched.
 */
final class FeedReader {
    private final ArticleAssembler assembler;
    private final HtmlExtractor html;

    FeedReader(ArticleAssembler assembler, HtmlExtractor html) {
        this.assembler = assembler;
        this.html = html;
    }

    void read(byte[] bytes, String origin, String name, Optional<LocalDate> fileDate, Consumer<InputRecord> sink) {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        } catch (FeedException | IllegalArgumentException e) {
            sink.accept(InputRecord.failed(origin, name, Diagnostic.error("malformed-feed", origin, "",
                    "not an RSS or Atom feed: " + e.getMessage())));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.accept(new InputRecord(origin, name, Optional.empty(), List.of(Diagnostic.warning("no-inputs", origin, "",
                    "the feed has no items"))));
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String position = "item " + (i + 1);
            String id = firstNonBlank(entry.getUri(), entry.getLink(), name + "#" + (i + 1));
            Extracted page = html.extract("<html><body>" + content(entry) + "</body></html>", origin);
            String title = entry.getTitle() == null ? "" : entry.getTitle().strip();
            Optional<LocalDate> date = day(entry.getPublishedDate()).or(() -> day(entry.getUpdatedDate()));
            Extracted extracted = new Extracted(title, date, entry.getLink() == null ? "" : entry.getLink().strip(),
                    page.body(), page.diagnostics());
            sink.accept(assembler.assemble(new ArticleAssembler.Source(origin + "#" + (i + 1), id, position, fileDate),
                    extracted));
        }
    }

    private static String content(SyndEntry entry) {
        List<String> parts = new ArrayList<>();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                parts.add(c.getValue());
            }
        }
        if (parts.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            parts.add(entry.getDescription().getValue());
        }
        return String.join("\n", parts);
    }

    private static Optional<LocalDate> day(Date date) {
        return date == null ? Optional.empty() : Optional.of(date.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
