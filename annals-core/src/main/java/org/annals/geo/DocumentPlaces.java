package org.annals.geo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.annals.model.Place;

/** The places named in one document, by the tokens that name them. Built by {@link PlaceResolver}. */
public final class DocumentPlaces {
    private final Map<Long, Place> byToken = new HashMap<>();

    DocumentPlaces() {
    }

    /** No places: for stages and tests that do without a gazetteer. */
    public static DocumentPlaces none() {
        return new DocumentPlaces();
    }

    void put(int sentence, int token, Place place) {
        byToken.put(((long) sentence << 32) | token, place);
    }

    /** The place a token is part of the name of. */
    public Optional<Place> at(int sentence, int token) {
        return Optional.ofNullable(byToken.get(((long) sentence << 32) | token));
    }
}
