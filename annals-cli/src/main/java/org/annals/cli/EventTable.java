package org.annals.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.annals.events.CameoCode;
import org.annals.events.CameoCodebook;
import org.annals.model.Actor;
import org.annals.model.Event;

/** Prints events as a table for people: date, source, event, target, and the evidence cut to fit. */
final class EventTable {
    private static final int DEFAULT_WIDTH = 140;

    private EventTable() {
    }

    static void print(PrintWriter out, List<Event> events, CameoCodebook codebook, Function<Event, String> evidence) {
        int width = terminalWidth();
        String format = "%-10s  %-9s  %-34s  %-9s  %s%n";
        out.printf(format, "DATE", "SOURCE", "EVENT", "TARGET", "EVIDENCE");
        int evidenceWidth = Math.max(20, width - 10 - 9 - 34 - 9 - 8);
        for (Event e : events) {
            String name = codebook.find(e.code()).map(CameoCode::name).orElse("");
            String what = (e.isNegated() ? "NOT " : e.isAsserted() ? "" : "IF ") + e.code() + " " + name;
            out.printf(format, e.date().value(), e.source().code(), cut(what, 34),
                    e.target().map(Actor::code).orElse("-"), cut(evidence.apply(e), evidenceWidth));
        }
    }

    static String cut(String text, int width) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= width ? flat : flat.substring(0, Math.max(0, width - 1)) + "…";
    }

    private static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null) {
            try {
                return Math.max(80, Integer.parseInt(columns.strip()));
            } catch (NumberFormatException e) {
                return DEFAULT_WIDTH;
            }
        }
        return DEFAULT_WIDTH;
    }
}
