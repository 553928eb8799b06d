package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArchiveReaderTest {
    private final InputReader reader = new InputReader(new ReadOptions(Optional.empty()));

    private static void write(Path file, WarcCompression compression) throws IOException {
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), compression)) {
            writer.write(response("https://example.org/colombia", "text/html; charset=utf-8",
                    "<html><head><title>Colombia expels diplomats</title></head><body><article>"
                            + "<p>Colombia expelled two Venezuelan diplomats.</p></article></body></html>"));
            writer.write(response("https://example.org/logo.png", "image/png", "PNG..."));
            writer.write(response("https://example.org/dated", "text/html",
                    "<html><head><meta property=\"article:published_time\" content=\"2019-02-20T10:00:00Z\">"
                            + "<title>Sanctions</title></head><body><p>Washington imposed sanctions on Caracas.</p></body></html>"));
        }
    }

    private static WarcResponse response(String uri, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2019-02-26T12:00:00Z")).body(http).build();
    }

    @Test
    void htmlResponses_becomeArticles_otherRecordsArePassedOver(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("crawl.warc");
        Path gzipped = dir.resolve("crawl.warc.gz");
        write(plain, WarcCompression.NONE);
        write(gzipped, WarcCompression.GZIP);
        for (Path archive : List.of(plain, gzipped)) {
            List<InputRecord> records = reader.readAll(List.of(archive));
            assertEquals(2, records.size(), records.toString());
            Article first = records.get(0).article().orElseThrow();
            assertEquals("https://example.org/colombia", first.id());
            assertEquals("Colombia expels diplomats", first.title());
            assertEquals("Colombia expelled two Venezuelan diplomats.", first.text());
            assertEquals(LocalDate.of(2019, 2, 26), first.date(), "the capture date when the page has none");
            assertEquals(LocalDate.of(2019, 2, 20), records.get(1).article().orElseThrow().date(), "the page's own date first");
        }
    }

    @Test
    void damagedArchive_keepsWhatCameBeforeAndSaysWhere(@TempDir Path dir) throws IOException {
        Path archive = dir.resolve("damaged.warc");
        write(archive, WarcCompression.NONE);
        byte[] good = Files.readAllBytes(archive);
        byte[] damaged = new byte[good.length + 40];
        System.arraycopy(good, 0, damaged, 0, good.length);
        byte[] junk = "WARC/1.0\r\nthis is not a header\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(junk, 0, damaged, good.length, Math.min(junk.length, 40));
        Files.write(archive, damaged);
        List<InputRecord> records = reader.readAll(List.of(archive));
        assertEquals(3, records.size(), records.toString());
        assertTrue(records.get(0).article().isPresent() && records.get(1).article().isPresent());
        assertEquals("malformed-warc", records.get(2).diagnostics().get(0).kind());
    }
}
