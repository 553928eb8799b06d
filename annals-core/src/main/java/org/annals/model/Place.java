package org.annals.model;

import java.util.Objects;

/**
 * A place on the map, from the gazetteer.
 *
 * @param name        its name
 * @param country     the ISO 3166-1 alpha-3 code of its country
 * @param latitude    degrees north
 * @param longitude   degrees east
 * @param geonamesId  its GeoNames id
 * @param population  its population, for telling namesakes apart
 * @param featureCode the GeoNames feature code ({@code PPLC} for a capital)
 */
public record Place(String name, String country, double latitude, double longitude, long geonamesId, long population,
                    String featureCode) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(featureCode, "featureCode");
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("coordinates out of range for " + name + ": " + latitude + ", " + longitude);
        }
    }
}
