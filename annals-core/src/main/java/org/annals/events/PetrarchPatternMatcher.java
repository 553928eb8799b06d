package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.annals.events.PetrarchVerbPattern.Element;
import org.annals.nlp.SentenceGraph;
import org.annals.nlp.Token;

/**
 * Matches one PETRARCH verb pattern at one verb of a parsed sentence.
 *
 * <p>Design note. PETRARCH matches its patterns over a Penn Treebank tree: words before {@code *} in the verb's
 * clause, words after it in the verb phrase. Annals has a dependency parse instead, so the two windows are read
 * from it: the words before the verb come from the verb's clause, taken as the subtree of the highest verb it
 * hangs from by {@code xcomp} or {@code ccomp} ("said it would begin talks"), and the words after it from the
 * verb's own subtree. Within a window, elements are matched in order with any words between them, except where
 * {@code _} joins them (then they are adjacent). An actor element ({@code $}, {@code +}, {@code %}) matches the
 * head of an actor mention and ignores joins, since a mention's head is rarely next to the word before it ("in the
 * Gondor capital"). {@code ^} matches nothing: with free gaps a skipped phrase needs no element. Stateless.
 */
final class PetrarchPatternMatcher {
    private static final int MAX_STEPS = 20_000;

    /**
     * A match: the tokens its words matched, and the heads its actor elements matched (-1 where the pattern has
     * no such element).
     */
    record Match(List<Integer> words, int source, int target, int compound) {
        Match {
            words = List.copyOf(words);
        }
    }

    private final PetrarchVerbs dictionary;
    private final SentenceGraph graph;
    private final IntPredicate isActor;

    /**
     * @param dictionary the dictionary whose synsets the patterns name
     * @param graph      the sentence
     * @param isActor    whether a token heads an actor mention
     */
    PetrarchPatternMatcher(PetrarchVerbs dictionary, SentenceGraph graph, IntPredicate isActor) {
        this.dictionary = dictionary;
        this.graph = graph;
        this.isActor = isActor;
    }

    /** The first match of {@code pattern} with its verb at {@code verb}, if any. */
    Optional<Match> match(PetrarchVerbPattern pattern, int verb) {
        int top = verb;
        for (int guard = 0; guard < graph.size(); guard++) {
            var edge = graph.primaryEdge(top);
            String rel = edge.baseRelation();
            if (edge.governor() < 0 || !(rel.equals("xcomp") || rel.equals("ccomp"))) {
                break;
            }
            top = edge.governor();
        }
        List<Integer> clause = graph.subtree(top, List.of());
        boolean[] before = new boolean[graph.size()];
        for (int t : clause) {
            before[t] = t < verb;
        }
        boolean[] after = new boolean[graph.size()];
        for (int t : graph.subtree(verb, List.of())) {
            after[t] = t > verb;
        }
        Search search = new Search(pattern.elements(), verb, before, after);
        return search.run(0, -1, false) ? Optional.of(search.result()) : Optional.empty();
    }

    /** One backtracking search; not thread-safe. */
    private final class Search {
        private final List<Element> elements;
        private final int verb;
        private final boolean[] before;
        private final boolean[] after;
        private final List<Integer> words = new ArrayList<>();
        private final int[] actors = {-1, -1, -1};
        private int steps;

        Search(List<Element> elements, int verb, boolean[] before, boolean[] after) {
            this.elements = elements;
            this.verb = verb;
            this.before = before;
            this.after = after;
        }

        Match result() {
            List<Integer> sorted = new ArrayList<>(words);
            sorted.sort(Integer::compare);
            return new Match(sorted, actors[0], actors[1], actors[2]);
        }

        private boolean allowed(int t) {
            return t >= 0 && t < graph.size() && (t < verb ? before[t] : after[t]);
        }

        boolean run(int i, int previous, boolean joined) {
            if (++steps > MAX_STEPS) {
                return false;
            }
            if (i == elements.size()) {
                return true;
            }
            Element e = elements.get(i);
            switch (e.kind()) {
                case VERB -> {
                    if (previous >= verb || joined && previous != verb - 1) {
                        return false;
                    }
                    return run(i + 1, verb, e.joinNext());
                }
                case SKIP -> {
                    return run(i + 1, previous, false);
                }
                case SOURCE, TARGET, COMPOUND -> {
                    int slot = e.kind() == Element.Kind.SOURCE ? 0 : e.kind() == Element.Kind.TARGET ? 1 : 2;
                    for (int t = previous + 1; t < graph.size(); t++) {
                        if (t != verb && allowed(t) && isActor.test(t)) {
                            actors[slot] = t;
                            if (run(i + 1, t, e.joinNext())) {
                                return true;
                            }
                            actors[slot] = -1;
                        }
                    }
                    return false;
                }
                default -> {
                    List<List<String>> options = e.kind() == Element.Kind.WORD ? List.of(List.of(e.text()))
                            : expand(e.text(), 0);
                    int last = joined ? previous + 1 : graph.size() - 1;
                    for (int t = previous + 1; t <= last; t++) {
                        if (t == verb || !allowed(t)) {
                            continue;
                        }
                        for (List<String> option : options) {
                            int end = words(option, t);
                            if (end < 0) {
                                continue;
                            }
                            int mark = this.words.size();
                            for (int k = t; k <= end; k++) {
                                this.words.add(k);
                            }
                            if (run(i + 1, end, e.joinNext())) {
                                return true;
                            }
                            while (this.words.size() > mark) {
                                this.words.remove(this.words.size() - 1);
                            }
                        }
                    }
                    return false;
                }
            }
        }

        /** The last token of {@code option}'s words read from {@code start}, or -1. */
        private int words(List<String> option, int start) {
            int t = start;
            for (int k = 0; k < option.size(); k++, t++) {
                if (!allowed(t) || t == verb || !same(graph.token(t), option.get(k))) {
                    return -1;
                }
            }
            return t - 1;
        }
    }

    /** The word sequences a synset stands for, nested synsets expanded (to a depth that stops cycles). */
    private List<List<String>> expand(String synset, int depth) {
        List<List<String>> out = new ArrayList<>();
        if (depth > 4) {
            return out;
        }
        for (List<String> member : dictionary.synset(synset)) {
            if (member.size() == 1 && member.get(0).startsWith("&")) {
                out.addAll(expand(member.get(0).substring(1), depth + 1));
            } else {
                out.add(member);
            }
        }
        return out;
    }

    /** A dictionary word matches a token as written or its lemma, without case. */
    static boolean same(Token token, String word) {
        String w = word.endsWith("_") ? word.substring(0, word.length() - 1) : word;
        return token.word().toUpperCase(Locale.ROOT).equals(w) || token.lemma().toUpperCase(Locale.ROOT).equals(w);
    }
}
