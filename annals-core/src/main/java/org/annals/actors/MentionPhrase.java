package org.annals.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.model.Span;
import org.annals.nlp.SentenceGraph;
import org.annals.nlp.Token;

/**
 * What one noun phrase says about the actor it names: the person's name, the organisation's name, the
 * countries or organisations named in it, and the role words that give a sector. Found by scanning the
 * phrase's tokens for the longest registry and role matches.
 *
 * @param organizationTokens the run of tokens tagged ORGANIZATION around the head, empty when the head is none
 * @param covered            the tokens a registry name or the role phrase accounts for
 */
record MentionPhrase(List<Integer> tokens, Optional<String> personName, List<Integer> personTokens,
                     List<Integer> organizationTokens, List<ActorRegistry.NameMatch> names, List<Integer> covered,
                     Optional<String> sector, Optional<String> sectorPhrase, boolean former, boolean unspecifiedForeign) {

    /** Relations that keep a dependent inside the phrase of its head noun. */
    private static final List<String> PHRASE_RELATIONS =
            List.of("compound", "flat", "amod", "det", "nmod:poss", "nmod:of", "case", "nummod", "fixed");

    static MentionPhrase of(SentenceGraph graph, int head, ActorRegistry registry) {
        List<Integer> tokens = new ArrayList<>(graph.subtree(head, PHRASE_RELATIONS));
        // "against President Maduro", "according to the Post": the preposition belongs to the verb's frame,
        // not to the name.
        for (int preposition : graph.children(head, "case")) {
            tokens.removeAll(graph.subtree(preposition, List.of()));
        }
        List<Integer> person = nameTokens(graph, head, tokens, "PERSON");
        // The tagger takes names it does not know for persons ("Arnor", "Gondor" of PETRARCH's test dictionary): a
        // run that is exactly the name of a country or organisation in the registry is that, not a person.
        if (!person.isEmpty() && registry.lookup(join(graph, person)).stream()
                .anyMatch(m -> m.entry().kind() != RegistryEntry.Kind.PERSON)) {
            person = List.of();
        }
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
        List<Integer> roleTokens = List.copyOf(rest.stream().filter(t -> !used[t]).toList());
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
                    window.forEach(t -> used[t] = true);
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
        List<Integer> covered = new ArrayList<>();
        for (int t : tokens) {
            if (used[t]) {
                covered.add(t);
            }
        }
        return new MentionPhrase(tokens, personName, person, nameTokens(graph, head, tokens, "ORGANIZATION"), names,
                covered, sector, sectorPhrase, former, foreign);
    }

    /** The run of tokens of the phrase around its head that NER tagged {@code ner}; empty when the head is not. */
    private static List<Integer> nameTokens(SentenceGraph graph, int head, List<Integer> tokens, String ner) {
        if (!ner.equals(graph.token(head).ner())) {
            return List.of();
        }
        List<Integer> name = new ArrayList<>();
        name.add(head);
        for (int i = head - 1; i >= 0 && tokens.contains(i) && ner.equals(graph.token(i).ner()); i--) {
            name.add(0, i);
        }
        for (int i = head + 1; i < graph.size() && tokens.contains(i) && ner.equals(graph.token(i).ner()); i++) {
            name.add(i);
        }
        return name;
    }

    /** The organisation's name as written ("Washington Post"), when the phrase's head is tagged ORGANIZATION. */
    Optional<String> organizationName(SentenceGraph graph) {
        List<Integer> kept = organizationTokens.stream().filter(t -> !graph.token(t).tag().equals("DT")
                && !graph.token(t).tag().equals("POS")).toList();
        return kept.isEmpty() ? Optional.empty() : Optional.of(join(graph, kept));
    }

    /**
     * True when every word of the organisation's name is a registry name or the role phrase ("Venezuelan Army",
     * "National Assembly"): such a name is built from what the registry knows and needs no entry of its own.
     */
    boolean organizationIsComposite(SentenceGraph graph) {
        for (int t : organizationTokens) {
            String tag = graph.token(t).tag();
            if (!covered.contains(t) && !tag.equals("DT") && !tag.equals("POS")) {
                return false;
            }
        }
        return true;
    }

    private static boolean contiguous(List<Integer> window) {
        for (int i = 1; i < window.size(); i++) {
            if (window.get(i) != window.get(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }

    /** The characters of {@code tokens}, articles and possessive endings left out ("the Maduro regime" is "Maduro regime"). */
    static Span spanOf(SentenceGraph graph, List<Integer> tokens) {
        int begin = Integer.MAX_VALUE;
        int end = 0;
        for (int t : tokens) {
            if (graph.token(t).tag().equals("DT") || graph.token(t).tag().equals("POS")) {
                continue;
            }
            begin = Math.min(begin, graph.token(t).span().begin());
            end = Math.max(end, graph.token(t).span().end());
        }
        return begin == Integer.MAX_VALUE ? graph.token(tokens.get(0)).span() : new Span(begin, end);
    }

    /** The words of {@code tokens}, articles and possessive endings left out. */
    static String words(SentenceGraph graph, List<Integer> tokens) {
        List<Integer> kept = tokens.stream().filter(t -> !graph.token(t).tag().equals("DT")
                && !graph.token(t).tag().equals("POS")).toList();
        return join(graph, kept.isEmpty() ? tokens : kept);
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
