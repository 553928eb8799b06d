package org.annals.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.annals.events.CameoCodebook;
import org.annals.events.PloverMapping;
import org.annals.model.CodedArticle;
import org.annals.model.Diagnostic;
import org.annals.model.Quote;
import org.annals.pipeline.ArticleCoder;
import org.annals.pipeline.RecordResult;

/**
 * Prints each record's result as it arrives (events and quotes as tables, or one JSON line) and the
 * diagnostics on standard error, keeping the progress line (if any) out of their way, then a summary;
 * {@link #finish()} gives the exit code.
 */
final class ResultPrinter {
    private final PrintWriter out;
    private final PrintWriter err;
    private final OutputFormat format;
    private final ProgressDisplay progress;
    private final CameoCodebook codebook = CameoCodebook.loadBuiltIn();
    private final PloverMapping plover = PloverMapping.loadBuiltIn();
    private int records;
    private int coded;
    private int failed;
    private int duplicates;
    private int notEnglish;
    private int events;
    private final Map<String, Integer> failures = new TreeMap<>();
    private final Map<String, Integer> warnings = new TreeMap<>();
    private final long started = System.nanoTime();

    /**
     * Info kinds not worth a line on the terminal: an article without events is common, and a date taken from
     * --date is what the user asked for. Both stay in the JSON output and the store.
     */
    private static final Set<String> QUIET = Set.of("no-events", "date-from-option");

    ResultPrinter(PrintWriter out, PrintWriter err, OutputFormat format, ProgressDisplay progress) {
        this.out = out;
        this.err = err;
        this.format = format;
        this.progress = progress;
    }

    ResultPrinter(PrintWriter out, PrintWriter err, OutputFormat format) {
        this(out, err, format, ProgressDisplay.off());
    }

    void print(RecordResult result) {
        records++;
        failed += result.failed() ? 1 : 0;
        duplicates += result.duplicate() ? 1 : 0;
        boolean foreign = result.diagnostics().stream().anyMatch(d -> d.kind().equals(ArticleCoder.NOT_ENGLISH));
        notEnglish += foreign ? 1 : 0;
        result.coded().ifPresent(c -> {
            coded += foreign ? 0 : 1;
            events += c.events().size();
        });
        if (format == OutputFormat.jsonl) {
            progress.beforeOut();
            out.println(JsonFormat.record(result, plover));
        } else if (result.coded().isPresent()) {
            progress.beforeOut();
            table(result.coded().get(), foreign);
        }
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() == Diagnostic.Severity.ERROR) {
                failures.merge(d.kind(), 1, Integer::sum);
            } else if (d.severity() == Diagnostic.Severity.WARNING) {
                warnings.merge(d.kind(), 1, Integer::sum);
            }
            if (d.severity() != Diagnostic.Severity.INFO || format == OutputFormat.table && !QUIET.contains(d.kind())) {
                progress.beforeErr();
                err.println(d.describe());
            }
        }
        out.flush();
        err.flush();
    }

    /** Another record is done and the input is read up to {@code bytesThrough}: for the progress line. */
    void inputDone(long bytesThrough) {
        progress.recordDone(bytesThrough);
    }

    private void table(CodedArticle c, boolean foreign) {
        out.printf("%n== %s  %s  %s%n", c.article().id(), c.article().date(), c.article().title());
        if (foreign) {
            out.printf("(not coded: the article is in %s)%n",
                    Locale.forLanguageTag(c.language()).getDisplayLanguage(Locale.ENGLISH));
            return;
        }
        if (c.events().isEmpty()) {
            out.println("(no events)");
        } else {
            EventTable.print(out, c.events(), codebook, e -> c.sentences().get(e.sentence()).text());
        }
        if (!c.quotes().isEmpty()) {
            out.printf("%n%-24s  %-9s  %s%n", "SPEAKER", "CODE", "QUOTE");
            for (Quote q : c.quotes()) {
                String name = q.speaker().map(Quote.Speaker::name).orElse("(unattributed)");
                String code = q.speaker().map(Quote.Speaker::code).orElse("-");
                out.printf("%-24s  %-9s  %s%n", EventTable.cut(name, 24), code, EventTable.cut(q.text(), 90));
            }
        }
    }

    int finish() {
        progress.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(Locale.ROOT, "%d records: %d coded, %d events, %d already stored, %d not English, %d failed; "
                        + "coding took %.1f s (%.2f articles/s)%n",
                records, coded, events, duplicates, notEnglish, failed, seconds, coded / Math.max(seconds, 1e-9));
        if (!failures.isEmpty()) {
            err.println("failed by reason: " + byReason(failures));
        }
        if (!warnings.isEmpty()) {
            err.println("warnings by reason: " + byReason(warnings));
        }
        err.flush();
        return failed > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private static String byReason(Map<String, Integer> counts) {
        return String.join(", ", counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }
}
