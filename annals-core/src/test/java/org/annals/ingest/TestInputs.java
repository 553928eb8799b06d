package org.annals.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.annals.model.Article;
import org.annals.model.Diagnostic;

/** Shared helpers for the ingest tests. */
final class TestInputs {

    private TestInputs() {
    }

    static Path resource(String name) {
        URL url = TestInputs.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("test resource missing: " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a UTF-8 file whose last-modified time is noon UTC on 2020-05-06, so date guesses are predictable. */
    static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-05-06T12:00:00Z")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article article(InputRecord record) {
        return record.article().orElseThrow(() -> new AssertionError("no article: " + record.diagnostics()));
    }

    static List<String> kinds(InputRecord record) {
        return record.diagnostics().stream().map(Diagnostic::kind).toList();
    }

    static Diagnostic only(InputRecord record, String kind) {
        List<Diagnostic> found = record.diagnostics().stream().filter(d -> d.kind().equals(kind)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " in " + record.diagnostics());
        }
        return found.get(0);
    }
}
