package org.annals.events;

import java.util.List;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.pipeline.SharedCoder;

/**
 * Codes a short text with the shared pipeline as an article of 26 February 2019 and describes its events as
 * {@code SOURCE CODE TARGET} ({@code -} for no target), for the rule tests of this package. Test code only.
 */
final class CodedEvents {
    private static final String DATE = "2019-02-26";

    private CodedEvents() {
    }

    /** Every event coded from {@code text}, asserted or not. */
    static List<Event> events(String text) {
        return SharedCoder.code(text, DATE).events();
    }

    /** The asserted events coded from {@code text}. */
    static List<Event> assertedEvents(String text) {
        return events(text).stream().filter(Event::isAsserted).toList();
    }

    /** Every event coded from {@code text}, described. */
    static List<String> described(String text) {
        return events(text).stream().map(CodedEvents::describe).toList();
    }

    /** The asserted events coded from {@code text}, described. */
    static List<String> asserted(String text) {
        return assertedEvents(text).stream().map(CodedEvents::describe).toList();
    }

    static String describe(Event e) {
        return e.source().code() + " " + e.code() + " " + e.target().map(Actor::code).orElse("-");
    }
}
