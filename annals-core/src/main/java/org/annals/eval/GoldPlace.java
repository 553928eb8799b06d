package org.annals.eval;

import java.util.Objects;

/**
 * A sentence and the place one of its names stands for.
 *
 * @param id         the record's id
 * @param group      what the record tests ({@code ambiguous}, {@code easy}, {@code region}, {@code country})
 * @param mention    the name as written in the text; its first occurrence is scored
 * @param country    the ISO 3166-1 alpha-3 code of the place's country
 * @param geonamesId the GeoNames id of the city or region meant, or 0 when the name is the country itself,
 *                   which must not be put on the map as a city or region
 * @param text       the sentence (or short passage), coded as an article of its own
 */
public record GoldPlace(String id, String group, String mention, String country, long geonamesId, String text) {
    public GoldPlace {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(text, "text");
        if (mention == null || mention.isBlank() || !text.contains(mention)) {
            throw new IllegalArgumentException(id + ": the mention '" + mention + "' is not in the text");
        }
        if (geonamesId < 0) {
            throw new IllegalArgumentException(id + ": a GeoNames id is not negative, got " + geonamesId);
        }
    }

    /** True when the name stands for the country itself rather than a city or region of it. */
    public boolean isCountry() {
        return geonamesId == 0;
    }
}
