package org.annals.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.Place;

/** The places named in one document, by the tokens that name them. Built by {@link PlaceResolver}. */
public final class DocumentPlaces {
    private final Map<Long, PlaceMention> byToken = new HashMap<>();
    private final List<PlaceMention> mentions = new ArrayList<>();

    DocumentPlaces() {
    }

    /** No places: for stages and tests that do without a gazetteer. */
    public static DocumentPlaces none() {
        return new DocumentPlaces();
    }

    void add(PlaceMention mention) {
        mentions.add(mention);
        for (int t = mention.firstToken(); t < mention.firstToken() + mention.tokenCount(); t++) {
            byToken.put(((long) mention.sentence() << 32) | t, mention);
        }
    }

    /** The place a token is part of the name of. */
    public Optional<Place> at(int sentence, int token) {
        return mentionAt(sentence, token).map(PlaceMention::place);
    }

    /** The mention of a place a token is part of. */
    public Optional<PlaceMention> mentionAt(int sentence, int token) {
        return Optional.ofNullable(byToken.get(((long) sentence << 32) | token));
    }

    /** Every place mention, in text order. */
    public List<PlaceMention> all() {
        return List.copyOf(mentions);
    }
}
