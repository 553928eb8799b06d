package org.annals.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.nlp.SentenceSelector;
import org.annals.nlp.Token;

/**
 * The words that can fire an event pattern, as a {@link SentenceSelector} for the fast pipeline: a sentence
 * with none of them cannot yield an event, so it need not be parsed. Built from the same patterns the coder
 * uses, so a user's pattern file widens the selection with its own triggers. Immutable and thread-safe.
 */
public final class EventTriggers implements SentenceSelector {
    private final Set<String> lemmas;
    private final List<Pattern> phrases;

    private EventTriggers(Set<String> lemmas, List<Pattern> phrases) {
        this.lemmas = Set.copyOf(lemmas);
        this.phrases = List.copyOf(phrases);
    }

    /** The triggers of {@code patterns}: verb and noun lemmas, and phrase expressions over lemmas. */
    public static EventTriggers of(List<EventPattern> patterns) {
        Set<String> lemmas = new HashSet<>();
        List<Pattern> phrases = new ArrayList<>();
        for (EventPattern p : patterns) {
            lemmas.addAll(p.lemmas());
            p.phrase().ifPresent(phrases::add);
        }
        return new EventTriggers(lemmas, phrases);
    }

    @Override
    public boolean fullAnalysis(List<Token> tokens) {
        for (Token t : tokens) {
            if (lemmas.contains(t.lemma())) {
                return true;
            }
        }
        if (phrases.isEmpty()) {
            return false;
        }
        StringBuilder joined = new StringBuilder();
        for (Token t : tokens) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(t.lemma());
        }
        for (Pattern phrase : phrases) {
            if (phrase.matcher(joined).find()) {
                return true;
            }
        }
        return false;
    }

    /** How many distinct trigger lemmas there are, for reports. */
    public int lemmaCount() {
        return lemmas.size();
    }
}
