package org.annals.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        Place bogota = gazetteer.named("Bogota").get(0);
        assertEquals("Bogotá", bogota.name());
        assertEquals("COL", bogota.country());
        assertEquals("PPLC", bogota.featureCode());
        assertEquals(bogota, gazetteer.named("BOGOTÁ").get(0));
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

    private static Place location(CodedArticle coded) {
        Event protest = coded.events().stream().filter(e -> e.root().equals("14")).findFirst()
                .orElseThrow(() -> new AssertionError("no protest in " + coded.events()));
        return protest.location().orElseThrow(() -> new AssertionError("no location for " + protest));
    }
}
