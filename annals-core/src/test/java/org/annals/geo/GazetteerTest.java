package org.annals.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.model.CodedArticle;
import org.annals.model.Event;
import org.annals.model.Place;
import org.annals.pipeline.SharedCoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.loadBuiltIn();
    }

    @Test
    void namesMatchWithoutCaseOrAccents() {
        Place bogota = city(gazetteer.named("Bogota"));
        assertEquals("Bogotá", bogota.name());
        assertEquals("COL", bogota.country());
        assertEquals("PPLC", bogota.featureCode());
        assertEquals(bogota, city(gazetteer.named("BOGOTÁ")));
    }

    @Test
    void namesakes_mostPopulousFirst() {
        List<Place> valencias = gazetteer.named("Valencia");
        assertTrue(valencias.size() >= 2, valencias.toString());
        assertTrue(valencias.stream().anyMatch(p -> p.country().equals("VEN")));
        assertTrue(valencias.stream().anyMatch(p -> p.country().equals("ESP")));
        assertTrue(valencias.get(0).population() >= valencias.get(1).population());
    }

    @Test
    void everyCapitalIsThere() {
        assertEquals("VEN", gazetteer.named("Caracas").get(0).country());
        assertEquals("PPLC", gazetteer.named("Caracas").get(0).featureCode());
        assertTrue(gazetteer.size() > 20_000, "names: " + gazetteer.size());
    }

    @Test
    void regions_areInTheGazetteer() {
        Place zulia = gazetteer.named("Zulia").get(0);
        assertEquals("VEN", zulia.country());
        assertTrue(Gazetteer.isRegion(zulia));
        assertEquals(3625035L, zulia.geonamesId());
        assertTrue(gazetteer.named("Bavaria").stream().anyMatch(p -> p.country().equals("DEU") && Gazetteer.isRegion(p)));
        assertTrue(gazetteer.named("Donetsk").stream().anyMatch(Gazetteer::isRegion), "'Donetsk Oblast' is also 'Donetsk'");
    }

    @Test
    void regionContainsItsCities() {
        Place texas = gazetteer.named("Texas").get(0);
        Place parisTexas = gazetteer.named("Paris").stream().filter(p -> p.country().equals("USA")).findFirst().orElseThrow();
        Place parisFrance = gazetteer.named("Paris").stream().filter(p -> p.country().equals("FRA")).findFirst().orElseThrow();
        assertTrue(gazetteer.contains(texas, parisTexas));
        assertFalse(gazetteer.contains(texas, parisFrance));
        assertFalse(gazetteer.contains(parisTexas, texas), "a city contains no region");
    }

    @Test
    void saintAndSt_areTheSameWord() {
        assertTrue(gazetteer.named("St. Petersburg").stream().anyMatch(p -> p.country().equals("RUS")));
        assertTrue(gazetteer.named("St Petersburg").stream().anyMatch(p -> p.country().equals("USA")));
    }

    @Test
    void georgia_isTheStateOnlyOnEvidence() {
        CodedArticle state = SharedCoder.code("Voters protested in Atlanta, Georgia, against the new law.", "2021-03-26");
        CodedArticle country = SharedCoder.code("Russian troops entered Georgia in August.", "2008-08-09");
        List<Place> statePlaces = SharedCoder.get().locate(state.article()).stream().map(PlaceMention::place).toList();
        List<Place> countryPlaces = SharedCoder.get().locate(country.article()).stream().map(PlaceMention::place).toList();
        assertTrue(statePlaces.stream().anyMatch(p -> p.geonamesId() == 4197000L), statePlaces.toString());
        assertTrue(countryPlaces.isEmpty(), "the country Georgia is no city or region: " + countryPlaces);
    }

    @Test
    void regionWord_makesTheNameARegion() {
        CodedArticle coded = SharedCoder.code("Venezuelan troops were deployed in Zulia state after the riots.", "2019-02-26");
        List<PlaceMention> places = SharedCoder.get().locate(coded.article());
        assertEquals(1, places.size(), places.toString());
        assertEquals(3625035L, places.get(0).place().geonamesId());
        assertEquals("Zulia", places.get(0).text());
    }

    @Test
    void namesakeInTheCountryInView_wins() {
        CodedArticle spain = SharedCoder.code("Spanish farmers protested in Valencia against the government.", "2019-02-26");
        CodedArticle venezuela = SharedCoder.code("Venezuelan students protested in Valencia against the government.", "2019-02-26");
        assertEquals("ESP", location(spain).country());
        assertEquals("VEN", location(venezuela).country());
    }

    @Test
    void unknownOrTinyPlaces_giveNoLocation() {
        CodedArticle coded = SharedCoder.code("Venezuelan students protested in Springfieldia.", "2019-02-26");
        assertTrue(coded.events().stream().allMatch(e -> e.location().isEmpty()), coded.events().toString());
    }

    private static Place city(List<Place> namesakes) {
        return namesakes.stream().filter(p -> !Gazetteer.isRegion(p)).findFirst()
                .orElseThrow(() -> new AssertionError("no city among " + namesakes));
    }

    private static Place location(CodedArticle coded) {
        Event protest = coded.events().stream().filter(e -> e.root().equals("14")).findFirst()
                .orElseThrow(() -> new AssertionError("no protest in " + coded.events()));
        return protest.location().orElseThrow(() -> new AssertionError("no location for " + protest));
    }
}
