package org.annals.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.nlp.SentenceGraph;
import org.annals.nlp.Token;

/**
 * What one noun phrase says about the actor it names: the person's name, the countries or organisations
 * named in it, and the role words that give a sector. Found by scanning the phrase's tokens for the longest
 * registry and role matches.
 */
record MentionPhrase(List<Integer> tokens, Optional<String> personName, List<Integer> personTokens,
                     List<ActorRegistry.NameMatch> names, Optional<String> sector, Optional<String> sectorPhrase,
                     boolean former, boolean unspecifiedForeign) {

    /** Relations that keep a dependent inside the phrase of its head noun. */
    private static final List<String> PHRASE_RELATIONS =
            List.of("compound", "flat", "amod", "det", "nmod:poss", "nmod:of", "case", "nummod", "fixed");

    static MentionPhrase of(SentenceGraph graph, int head, ActorRegistry registry) {
        List<Integer> tokens = new ArrayList<>(graph.subtree(head, PHRASE_RELATIONS));
        // "against President Maduro": the preposition belongs to the verb's frame, not to the name.
        tokens.removeAll(graph.children(head, "case"));
        List<Integer> person = personTokens(graph, head, tokens);
        Optional<String> personName = person.isEmpty() ? Optional.empty() : Optional.of(join(graph, person));
        List<ActorRegistry.NameMatch> names = new ArrayList<>();
        List<Integer> rest = new ArrayList<>(tokens);
        rest.removeAll(person);
        boolean[] used = new boolean[graph.size()];
        for (int i = 0; i < rest.size(); i++) {
            if (!registry.mayStartName(graph.token(rest.get(i)).word())) {
                continue;
            }
            for (int len = Math.min(registry.longestName(), rest.size() - i); len >= 1; len--) {
                List<Integer> window = rest.subList(i, i + len);
                if (!contiguous(window)) {
                    continue;
                }
                List<ActorRegistry.NameMatch> found = registry.lookup(join(graph, window));
                if (!found.isEmpty() && found.get(0).entry().kind() != RegistryEntry.Kind.PERSON) {
                    names.add(found.get(0));
                    window.forEach(t -> used[t] = true);
                    i += len - 1;
                    break;
                }
            }
        }
        Optional<String> sector = Optional.empty();
        Optional<String> sectorPhrase = Optional.empty();
        List<Integer> roleTokens = rest.stream().filter(t -> !used[t]).toList();
        boolean roleMustCoverHead = person.isEmpty();
        search:
        for (int len = Math.min(registry.longestSector(), roleTokens.size()); len >= 1; len--) {
            for (int i = 0; i + len <= roleTokens.size(); i++) {
                Token first = graph.token(roleTokens.get(i));
                if (!registry.mayStartSector(first.word(), first.lemma())) {
                    continue;
                }
                List<Integer> window = roleTokens.subList(i, i + len);
                // "military action" is no actor: a role word only names a group when it is the phrase's head.
                if (!contiguous(window) || roleMustCoverHead && !window.contains(head)) {
                    continue;
                }
                Optional<String> bySurface = registry.sector(join(graph, window));
                Optional<String> byLemma = registry.sector(joinLemmas(graph, window));
                if (bySurface.isPresent() || byLemma.isPresent()) {
                    sector = bySurface.isPresent() ? bySurface : byLemma;
                    sectorPhrase = Optional.of(join(graph, window));
                    break search;
                }
            }
        }
        boolean former = false;
        boolean foreign = false;
        for (int t : tokens) {
            String lemma = graph.token(t).lemma();
            former |= lemma.equals("former") || lemma.equals("ex");
            foreign |= lemma.equals("international") || lemma.equals("foreign") || lemma.equals("world")
                    || lemma.equals("western");
        }
        return new MentionPhrase(tokens, personName, person, names, sector, sectorPhrase, former, foreign);
    }

    private static List<Integer> personTokens(SentenceGraph graph, int head, List<Integer> tokens) {
        if (!"PERSON".equals(graph.token(head).ner())) {
            return List.of();
        }
        List<Integer> person = new ArrayList<>();
        person.add(head);
        for (int i = head - 1; i >= 0 && tokens.contains(i) && "PERSON".equals(graph.token(i).ner()); i--) {
            person.add(0, i);
        }
        for (int i = head + 1; i < graph.size() && tokens.contains(i) && "PERSON".equals(graph.token(i).ner()); i++) {
            person.add(i);
        }
        return person;
    }

    private static boolean contiguous(List<Integer> window) {
        for (int i = 1; i < window.size(); i++) {
            if (window.get(i) != window.get(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }

    static String join(SentenceGraph graph, List<Integer> tokens) {
        StringBuilder b = new StringBuilder();
        for (int t : tokens) {
            Token token = graph.token(t);
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(token.word());
        }
        return b.toString();
    }

    private static String joinLemmas(SentenceGraph graph, List<Integer> tokens) {
        StringBuilder b = new StringBuilder();
        for (int t : tokens) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(graph.token(t).lemma());
        }
        return b.toString();
    }

    /** The first country or organisation named in the phrase. */
    Optional<ActorRegistry.NameMatch> place() {
        return names.isEmpty() ? Optional.empty() : Optional.of(names.get(0));
    }
}
