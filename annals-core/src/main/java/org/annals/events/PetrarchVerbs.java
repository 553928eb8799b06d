package org.annals.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PETRARCH/TABARI verb dictionary as read ({@link PetrarchVerbReader}): its rules, indexed by the verb forms
 * that can trigger them, and its synsets. Immutable and thread-safe.
 */
public final class PetrarchVerbs {
    private final String source;
    private final List<PetrarchVerbPattern> patterns;
    private final Map<String, List<PetrarchVerbPattern>> byForm = new HashMap<>();
    private final Map<String, List<List<String>>> synsets;
    private final List<String> problems;
    private final int problemCount;

    PetrarchVerbs(String source, List<PetrarchVerbPattern> patterns, Map<String, List<List<String>>> synsets,
                  List<String> problems, int problemCount) {
        this.source = source;
        this.patterns = List.copyOf(patterns);
        Map<String, List<List<String>>> copy = new HashMap<>();
        synsets.forEach((name, members) -> copy.put(name, members.stream().map(List::copyOf).toList()));
        this.synsets = Map.copyOf(copy);
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
        for (PetrarchVerbPattern p : this.patterns) {
            byForm.computeIfAbsent(p.verb().base(), k -> new ArrayList<>()).add(p);
            for (String form : p.verb().irregular()) {
                List<PetrarchVerbPattern> list = byForm.computeIfAbsent(form, k -> new ArrayList<>());
                if (!list.contains(p)) {
                    list.add(p);
                }
            }
        }
    }

    /** Where the dictionary was read. */
    public String source() {
        return source;
    }

    /** Every rule, in file order. */
    public List<PetrarchVerbPattern> patterns() {
        return patterns;
    }

    /**
     * The rules a token with this written form or lemma (upper case) can trigger: those of the written form first
     * ("LEFT" has a block of its own, apart from "LEAVE"), each in file order.
     */
    public List<PetrarchVerbPattern> forVerb(String lemma, String word) {
        List<PetrarchVerbPattern> found = new ArrayList<>(byForm.getOrDefault(word, List.of()));
        for (PetrarchVerbPattern p : byForm.getOrDefault(lemma, List.of())) {
            if (!found.contains(p)) {
                found.add(p);
            }
        }
        return found;
    }

    /** The members of synset {@code name} (without {@code &}), each a word sequence; nested synsets stay {@code &NAME}. */
    public List<List<String>> synset(String name) {
        return synsets.getOrDefault(name, List.of());
    }

    /** The lower-case lemmas of every verb form, for the fast pipeline's sentence selector. */
    public Set<String> verbLemmas() {
        Set<String> lemmas = new java.util.HashSet<>();
        for (String form : byForm.keySet()) {
            lemmas.add(form.toLowerCase(java.util.Locale.ROOT));
        }
        return lemmas;
    }

    /** What was skipped while reading, {@code file:line: message} (the first fifty). */
    public List<String> problems() {
        return problems;
    }

    /** How many lines were skipped. */
    public int problemCount() {
        return problemCount;
    }
}
