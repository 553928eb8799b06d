package org.annals.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annals.model.Article;
import org.annals.model.Diagnostic;

/**
 * The last step shared by every format: boilerplate removal, the empty-body check, the date, the hash.
 *
 * <p>Date resolution, in order: (1) the date the input's own metadata gives (HTML meta, sidecar, JSON field);
 * (2) {@link ReadOptions#defaultDate()}, the user's {@code --date}, with a {@code date-from-option} note so that the
 * stored article says where its date came from; (3) the file's last-modified day in the
 * system time zone, with a {@code date-guessed} warning, since a copied or downloaded file's time may be far from
 * the article's; (4) for standard input, which has no file time, today, with the same warning. Relative dates in
 * the text ("today", "last week") resolve against this date, so a guess must always be visible. Thread-safe.
 */
final class ArticleAssembler {

    private static final int QUOTE_LIMIT = 80;

    private final ReadOptions options;
    private final BoilerplateFilter boilerplate;

    ArticleAssembler(ReadOptions options, BoilerplateFilter boilerplate) {
        this.options = options;
        this.boilerplate = boilerplate;
    }

    /**
     * Where an input came from.
     *
     * @param origin   the path as given, or {@code path:line}
     * @param id       the article id to use
     * @param position where diagnostics point inside the origin, such as {@code line 3}; empty for whole files
     * @param fileDate the last-modified day of the file, empty for standard input
     */
    record Source(String origin, String id, String position, Optional<LocalDate> fileDate) {
        Source {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(fileDate, "fileDate");
        }
    }

    InputRecord assemble(Source source, Extracted extracted) {
        List<Diagnostic> diagnostics = new ArrayList<>(extracted.diagnostics());
        BoilerplateFilter.Cleaned cleaned = boilerplate.clean(extracted.body());
        for (String line : cleaned.removed()) {
            diagnostics.add(Diagnostic.info("boilerplate-removed", source.origin(), source.position(),
                    "removed publisher boilerplate \"" + cut(line) + "\""));
        }
        if (cleaned.body().isEmpty()) {
            diagnostics.add(Diagnostic.error("empty-input", source.origin(), source.position(),
                    cleaned.removed().isEmpty()
                            ? "no article text besides the headline"
                            : "no article text left after removing publisher boilerplate"));
            return new InputRecord(source.origin(), source.id(), Optional.empty(), diagnostics);
        }
        LocalDate date = resolveDate(source, extracted.date(), diagnostics);
        Article article = new Article(source.id(), extracted.title(), date, cleaned.body(), extracted.url(),
                source.origin(), ContentHash.of(cleaned.body()));
        return new InputRecord(source.origin(), source.id(), Optional.of(article), diagnostics);
    }

    private LocalDate resolveDate(Source source, Optional<LocalDate> own, List<Diagnostic> diagnostics) {
        if (own.isPresent()) {
            return own.get();
        }
        if (options.defaultDate().isPresent()) {
            LocalDate given = options.defaultDate().get();
            diagnostics.add(Diagnostic.info("date-from-option", source.origin(), source.position(),
                    "no date in the input; used --date " + given));
            return given;
        }
        if (source.fileDate().isPresent()) {
            LocalDate fileDate = source.fileDate().get();
            diagnostics.add(Diagnostic.warning("date-guessed", source.origin(), source.position(),
                    "no date given; used the file's last-modified date " + fileDate
                            + "; pass --date YYYY-MM-DD to set the article date"));
            return fileDate;
        }
        LocalDate today = LocalDate.now();
        diagnostics.add(Diagnostic.warning("date-guessed", source.origin(), source.position(),
                "no date given; used today's date " + today + "; pass --date YYYY-MM-DD to set the article date"));
        return today;
    }

    static String cut(String text) {
        return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "\u2026";
    }
}
