package org.annals.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.nlp.AnnotatedSentence;
import org.annals.nlp.AnnotatedText;
import org.annals.nlp.SentenceGraph;
import org.annals.nlp.Token;

/** Where things are: the country an article is about, and the country a mention is placed in. Thread-safe. */
final class Places {
    private final ActorRegistry registry;

    Places(ActorRegistry registry) {
        this.registry = registry;
    }

    /**
     * The countries the article is about, most named first: every country named at least half as often as the
     * most named one, at most three, counting names, demonyms and capitals. Empty when none is named.
     */
    List<String> focusCountries(AnnotatedText text) {
        Map<String, Integer> counts = new HashMap<>();
        for (AnnotatedSentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (!registry.mayStartName(tokens.get(i).word())) {
                    continue;
                }
                for (int len = Math.min(registry.longestName(), tokens.size() - i); len >= 1; len--) {
                    StringBuilder phrase = new StringBuilder();
                    for (int j = i; j < i + len; j++) {
                        phrase.append(j > i ? " " : "").append(tokens.get(j).word());
                    }
                    List<ActorRegistry.NameMatch> found = registry.lookup(phrase.toString());
                    if (!found.isEmpty() && found.get(0).entry().kind() == RegistryEntry.Kind.COUNTRY) {
                        counts.merge(found.get(0).entry().code(), 1, Integer::sum);
                        i += len - 1;
                        break;
                    }
                }
            }
        }
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        return counts.entrySet().stream().filter(e -> 2 * e.getValue() >= most)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(3).map(Map.Entry::getKey).toList();
    }

    /**
     * A country or capital where the mention is: first in the phrase's own modifiers ("a merchant protesting
     * in a Caracas slum"), then in the place of the clause it belongs to ("students protested in Bogotá").
     */
Optional<ActorRegistry.NameMatch> near(SentenceGraph graph, int head) {
        Optional<ActorRegistry.NameMatch> own = countryIn(graph, graph.subtree(head, List.of("nmod", "acl", "obl", "compound")), head);
        if (own.isPresent()) {
            return own;
        }
        var edge = graph.primaryEdge(head);
        if (edge.governor() < 0 || !graph.token(edge.governor()).isVerb()) {
            return Optional.empty();
        }
        List<Integer> places = new ArrayList<>();
        for (var d : graph.edgesFrom(edge.governor())) {
            if (d.relation().equals("obl:in") || d.relation().equals("obl:at") || d.relation().equals("obl:near")) {
                places.addAll(graph.subtree(d.dependent(), List.of("nmod", "compound", "flat")));
            }
        }
        return countryIn(graph, places, head);
    }

private Optional<ActorRegistry.NameMatch> countryIn(SentenceGraph graph, List<Integer> tokens, int except) {
        for (int t : tokens) {
            if (t == except) {
                continue;
            }
            List<ActorRegistry.NameMatch> found = registry.lookup(graph.token(t).word());
            if (!found.isEmpty() && found.get(0).entry().kind() == RegistryEntry.Kind.COUNTRY) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }
}
