package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.annals.model.Diagnostic;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC and WARC.gz archives (Common Crawl News and the like) with jwarc, streaming: every successful HTML
 * response is one article, read like an HTML page, its date the page's own or else the capture's (UTC). Other
 * records (requests, metadata, images) are passed over. A damaged archive ends with an error record at the
 * damaged offset; the articles before it are kept. One response larger than the size limit is reported and
 * skipped.
 */
final class WarcArchiveReader {
    private final ArticleAssembler assembler;
    private final HtmlExtractor html;
    private final long maxBytes;

    WarcArchiveReader(ArticleAssembler assembler, HtmlExtractor html, long maxBytes) {
        this.assembler = assembler;
        this.html = html;
        this.maxBytes = maxBytes;
    }

    void read(Path path, String name, Consumer<InputRecord> sink) {
        String origin = path.toString();
        int number = 0;
        int articles = 0;
        long offset = 0;
        try (WarcReader reader = new WarcReader(path)) {
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                number++;
                offset = reader.position();
                if (!(next.get() instanceof WarcResponse response)) {
                    continue;
                }
                Optional<InputRecord> record = article(response, origin, name, number);
                if (record.isPresent()) {
                    articles++;
                    sink.accept(record.get());
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(InputRecord.failed(origin + "@" + offset, name, Diagnostic.error("malformed-warc", origin,
                    "offset " + offset, "cannot read the archive past this point: " + e.getMessage()
                            + " (" + articles + " articles before it were read)")));
            return;
        }
        if (articles == 0) {
            sink.accept(new InputRecord(origin, name, Optional.empty(), java.util.List.of(Diagnostic.warning(
                    "no-inputs", origin, "", "no HTML responses in this archive"))));
        }
    }

    private Optional<InputRecord> article(WarcResponse response, String origin, String name, int number)
            throws IOException {
        HttpResponse http = response.http();
        String type = http.contentType().toString().toLowerCase(Locale.ROOT);
        if (http.status() != 200 || !(type.startsWith("text/html") || type.startsWith("application/xhtml"))) {
            return Optional.empty();
        }
        String position = "record " + number;
        String source = origin + "#" + number;
        String id = response.target();
        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            return Optional.of(InputRecord.failed(source, id, Diagnostic.error("too-large", origin, position,
                    "the response is larger than " + maxBytes + " bytes; skipped")));
        }
        TextDecoding.Decoded decoded = TextDecoding.decodeHtml(bytes);
        if (decoded instanceof TextDecoding.Decoded.Rejected rejected) {
            return Optional.of(InputRecord.failed(source, id, Diagnostic.error(rejected.kind(), origin, position,
                    rejected.message())));
        }
        Extracted page = html.extract(((TextDecoding.Decoded.Text) decoded).text(), origin);
        LocalDate captured = response.date().atZone(ZoneOffset.UTC).toLocalDate();
        Extracted extracted = new Extracted(page.title(), page.date().or(() -> Optional.of(captured)),
                page.url().isEmpty() ? id : page.url(), page.body(), page.diagnostics());
        return Optional.of(assembler.assemble(new ArticleAssembler.Source(source, id, position, Optional.empty()),
                extracted));
    }
}
