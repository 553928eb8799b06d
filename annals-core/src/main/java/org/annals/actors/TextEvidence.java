package org.annals.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.nlp.Dependency;
import org.annals.nlp.SentenceGraph;

/**
 * Reads what the words around a person's name say about them: a title and a country in the name's own phrase
 * ("Venezuelan opposition leader Juan Guaidó", "the Venezuelan lawmaker X", "Venezuela's president X"), in an
 * apposition after it ("X, a merchant protesting in a Caracas slum"; "X, the head of the National Assembly":
 * a member of what the head leads) or in the phrase it is an apposition of ("Venezuela's foreign minister,
 * X"). An apposition that names another person is a list ("Trump, Pompeo"), not a description, and is passed
 * over. Thread-safe.
 */
final class TextEvidence {
    private final ActorRegistry registry;
    private final Places places;

    /**
     * A code read from the words of a mention and its appositions.
     */
    record TextCode(Optional<String> country, Optional<String> sector, String evidence) {
        boolean complete() {
            return country.isPresent() && sector.isPresent();
        }

        String code() {
            return country.orElse("---") + sector.orElse("");
        }
    }

    TextEvidence(ActorRegistry registry, Places places) {
        this.registry = registry;
        this.places = places;
    }

    TextCode read(SentenceGraph graph, int head, MentionPhrase phrase) {
        Optional<String> country = phrase.place().map(m -> m.entry().code());
        Optional<String> sector = phrase.sector();
        StringBuilder evidence = new StringBuilder(phrase.tokens().isEmpty() ? "" : MentionPhrase.words(graph, phrase.tokens()));
        List<Integer> descriptions = new ArrayList<>(graph.children(head, "appos"));
        Dependency edge = graph.primaryEdge(head);
        // "the Venezuelan lawmaker Juan Requesens" is often parsed with the name a 'dep' of the title before it.
        boolean describedByGovernor = edge.governor() >= 0 && (edge.relation().equals("appos")
                || edge.relation().equals("dep") && graph.token(edge.governor()).isNoun()
                && phrase.personTokens().contains(head) && edge.governor() == phrase.personTokens().get(0) - 1);
        if (describedByGovernor) {
            descriptions.add(edge.governor());
        }
        for (int appos : descriptions) {
            MentionPhrase described = MentionPhrase.of(graph, appos, registry);
            if (described.personName().isPresent()) {
                continue;
            }
            Optional<String> describedSector = described.sector();
            Optional<String> describedCountry = described.place().map(m -> m.entry().code());
            if (describedSector.isEmpty() && describedCountry.isEmpty()) {
                // "the head of the Constituent Assembly": the person belongs to what they head.
                for (int led : graph.children(appos, "nmod:of")) {
                    MentionPhrase body = MentionPhrase.of(graph, led, registry);
                    describedSector = body.sector();
                    describedCountry = body.place().map(m -> m.entry().code());
                }
            }
            if (graph.hasChild(appos, "acl", l -> l.equals("protest") || l.equals("demonstrate") || l.equals("march"))) {
                describedSector = Optional.of("CVL");
            }
            if (sector.isEmpty()) {
                sector = describedSector;
            }
            if (country.isEmpty()) {
                country = describedCountry.or(() -> places.near(graph, appos).map(m -> m.entry().code()));
            }
            boolean governor = describedByGovernor && appos == edge.governor();
            List<Integer> words = governor ? described.tokens() : graph.subtree(appos, List.of());
            evidence.append(evidence.length() > 0 ? ", " : "").append(MentionPhrase.words(graph, words));
        }
        return new TextCode(country, sector, evidence.toString());
    }
}
