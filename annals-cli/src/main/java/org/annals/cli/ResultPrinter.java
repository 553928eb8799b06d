package org.annals.cli;

import java.io.PrintWriter;
import org.annals.events.CameoCodebook;
import org.annals.events.PloverMapping;
import org.annals.model.CodedArticle;
import org.annals.model.Diagnostic;
import org.annals.model.Quote;
import org.annals.pipeline.RecordResult;

/**
 * Prints each record's result as it arrives (events and quotes as tables, or one JSON line) and the
 * diagnostics on standard error, then a summary; {@link #finish()} gives the exit code.
 */
final class ResultPrinter {
    private final PrintWriter out;
    private final PrintWriter err;
    private final OutputFormat format;
    private final CameoCodebook codebook = CameoCodebook.loadBuiltIn();
    private final PloverMapping plover = PloverMapping.loadBuiltIn();
    private int records;
    private int coded;
    private int failed;
    private int duplicates;
    private int events;

    ResultPrinter(PrintWriter out, PrintWriter err, OutputFormat format) {
        this.out = out;
        this.err = err;
        this.format = format;
    }

    void print(RecordResult result) {
        records++;
        failed += result.failed() ? 1 : 0;
        duplicates += result.duplicate() ? 1 : 0;
        result.coded().ifPresent(c -> {
            coded++;
            events += c.events().size();
        });
        if (format == OutputFormat.jsonl) {
            out.println(JsonFormat.record(result, plover));
        } else {
            result.coded().ifPresent(this::table);
        }
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() != Diagnostic.Severity.INFO || format == OutputFormat.table && !d.kind().equals("no-events")) {
                err.println(d.describe());
            }
        }
        out.flush();
        err.flush();
    }

    private void table(CodedArticle c) {
        out.printf("%n== %s  %s  %s%n", c.article().id(), c.article().date(), c.article().title());
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
        err.printf("%d records: %d coded, %d events, %d already stored, %d failed%n", records, coded, events,
                duplicates, failed);
        err.flush();
        return failed > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
