package org.annals.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.annals.events.CameoCode;
import org.annals.events.CameoCodebook;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.store.EventCluster;
import org.annals.store.StoredEvent;

/**
 * Prints events as a table for people: date, source, event, target, for stored events their cluster and counts, and
 * the evidence cut to fit.
 */
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
            out.printf(format, e.date().value(), e.source().code(), cut(what(e, codebook), 34),
                    e.target().map(Actor::code).orElse("-"), cut(evidence.apply(e), evidenceWidth));
        }
    }

    /** Stored events, each with its event cluster (short id) and its counts: mentions, articles, sources. */
    static void printStored(PrintWriter out, List<StoredEvent> events, CameoCodebook codebook) {
        int width = terminalWidth();
        String format = "%-10s  %-9s  %-34s  %-9s  %-12s  %4s %4s %4s  %s%n";
        out.printf(format, "DATE", "SOURCE", "EVENT", "TARGET", "CLUSTER", "MENT", "ARTS", "SRCS", "EVIDENCE");
        int evidenceWidth = Math.max(20, width - 10 - 9 - 34 - 9 - 12 - 14 - 10);
        for (StoredEvent stored : events) {
            Event e = stored.event();
            EventCluster cluster = stored.cluster();
            out.printf(format, e.date().value(), e.source().code(), cut(what(e, codebook), 34),
                    e.target().map(Actor::code).orElse("-"), shortId(cluster.id()), cluster.mentions(),
                    cluster.articles(), cluster.sources(), cut(stored.evidence(), evidenceWidth));
        }
    }

    /** A cluster id with its content hash cut to 8 characters; {@code annals events --cluster} accepts it. */
    static String shortId(String clusterId) {
        int colon = clusterId.lastIndexOf(':');
        return colon > 8 ? clusterId.substring(0, 8) + clusterId.substring(colon) : clusterId;
    }

    private static String what(Event e, CameoCodebook codebook) {
        String name = codebook.find(e.code()).map(CameoCode::name).orElse("");
        return (e.isNegated() ? "NOT " : e.isAsserted() ? "" : "IF ") + e.code() + " " + name;
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
