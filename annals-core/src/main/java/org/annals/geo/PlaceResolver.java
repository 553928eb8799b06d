package org.annals.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.actors.DocumentActors;
import org.annals.model.Actor;
import org.annals.model.Place;
import org.annals.nlp.AnnotatedSentence;
import org.annals.nlp.AnnotatedText;
import org.annals.nlp.Token;

/**
 * Finds the cities a document names and decides which namesake each one is.
 *
 * <p>Design note. A place mention is a run of tokens the NER calls LOCATION whose words name a city of the
 * gazetteer (the longest match wins). Among namesakes the choice goes, in order, to one in a country the
 * sentence names through its actors, one in the country the article is about, a capital, and the most
 * populous. A namesake too small to be news on its own (under 100,000 people, not a capital, not in a country in
 * view) is not chosen: no location is better than a wrong one. Thread-safe.
 */
public final class PlaceResolver {
    private static final long NEWSWORTHY = 100_000;

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public DocumentPlaces resolve(AnnotatedText text, DocumentActors actors) {
        DocumentPlaces places = new DocumentPlaces();
        for (AnnotatedSentence sentence : text.sentences()) {
            Set<String> inView = new HashSet<>();
            inView.add(actors.focusCountry());
            for (Token t : sentence.tokens()) {
                actors.at(sentence.index(), t.index()).stream().map(Actor::country).forEach(inView::add);
            }
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (!"LOCATION".equals(tokens.get(i).ner())) {
                    continue;
                }
                for (int len = Math.min(gazetteer.longestName(), tokens.size() - i); len >= 1; len--) {
                    if (!allLocation(tokens, i, len)) {
                        continue;
                    }
                    Optional<Place> place = choose(gazetteer.named(words(tokens, i, len)), inView, actors.focusCountry());
                    if (place.isPresent()) {
                        for (int j = i; j < i + len; j++) {
                            places.put(sentence.index(), j, place.get());
                        }
                        i += len - 1;
                        break;
                    }
                }
            }
        }
        return places;
    }

    private static Optional<Place> choose(List<Place> namesakes, Set<String> inView, String focus) {
        for (Place p : namesakes) {
            if (inView.contains(p.country()) && !p.country().equals(focus)) {
                return Optional.of(p);
            }
        }
        for (Place p : namesakes) {
            if (p.country().equals(focus)) {
                return Optional.of(p);
            }
        }
        for (Place p : namesakes) {
            if (p.featureCode().equals("PPLC")) {
                return Optional.of(p);
            }
        }
        return namesakes.isEmpty() || namesakes.get(0).population() < NEWSWORTHY ? Optional.empty()
                : Optional.of(namesakes.get(0));
    }

    private static boolean allLocation(List<Token> tokens, int from, int len) {
        for (int j = from; j < from + len; j++) {
            if (!"LOCATION".equals(tokens.get(j).ner())) {
                return false;
            }
        }
        return true;
    }

    private static String words(List<Token> tokens, int from, int len) {
        StringBuilder b = new StringBuilder();
        for (int j = from; j < from + len; j++) {
            b.append(j > from ? " " : "").append(tokens.get(j).word());
        }
        return b.toString();
    }
}
