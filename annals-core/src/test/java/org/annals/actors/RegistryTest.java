package org.annals.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.data.TabularResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegistryTest {
    private static ActorRegistry registry;

    @BeforeAll
    static void load() {
        registry = RegistryLoader.loadBuiltIn();
    }

    private static String first(String phrase) {
        return registry.lookup(phrase).get(0).entry().code();
    }

    /** {@code region} is a region of {@code country}: coded as the country, matched as a region's name. */
    private static void assertRegionOf(String country, String region) {
        assertEquals(country, first(region), region);
        assertEquals(ActorRegistry.NameKind.REGION, registry.lookup(region).get(0).kind(), region);
    }

    @Test
    void countryNamesAliasesDemonymsAndCapitals() {
        assertEquals("USA", first("U.S."));
        assertEquals("USA", first("United States"));
        assertEquals("VEN", first("Venezuelan"));
        assertEquals("VEN", first("Venezuelans"));
        assertEquals("VEN", first("Caracas"));
        assertEquals("GBR", first("Britain"));
        assertEquals(ActorRegistry.NameKind.ADJECTIVE, registry.lookup("Venezuelan").get(0).kind());
        assertEquals(ActorRegistry.NameKind.CAPITAL, registry.lookup("Caracas").get(0).kind());
    }

    @Test
    void usStatesAndLargeCities_areRegionsOfTheUnitedStates() {
        for (String region : List.of("Florida", "State of Colorado", "New Mexico", "Pittsburgh", "St. Louis", "Washington State")) {
            assertRegionOf("USA", region);
        }
        // Names shared with a country or the capital keep their old reading.
        assertEquals("GEO", first("Georgia"));
        assertEquals(ActorRegistry.NameKind.CAPITAL, registry.lookup("Washington").get(0).kind());
        assertEquals("MEX", first("Mexico"));
    }

    @Test
    void regionsOfConflictNoGazetteerRegionCovers_standForTheCountryThatHoldsThem() {
        Map<String, String> regions = Map.of("Darfur", "SDN", "Donbass", "UKR", "Ladakh", "IND", "Katanga", "COD",
                "Eastern Ghouta", "SYR", "Nagorno-Karabakh", "AZE", "Transnistria", "MDA", "South Ossetia", "GEO",
                "Mindanao", "PHL", "North Waziristan", "PAK");
        regions.forEach((region, country) -> assertRegionOf(country, region));
        // Claimed and held in part by two countries: no country of its own.
        assertTrue(registry.lookup("Galwan Valley").isEmpty());
    }

    @Test
    void cameoRegions_codeAsCountriesDo_andLongerNamesWin() {
        assertEquals("WAF", first("West Africa"));
        assertEquals("WAF", first("West African"));
        assertEquals("MEA", first("Middle East"));
        assertEquals("EUR", first("Europeans"));
        assertEquals("SEA", first("Southeast Asia"));
        assertEquals(RegistryEntry.Kind.COUNTRY, registry.lookup("Latin America").get(0).entry().kind());
        // A country or organisation whose name holds a region's keeps it.
        assertEquals("ZAF", first("South Africa"));
        assertEquals("CAF", first("Central African Republic"));
        assertEquals("CAF", first("Central African"));
        assertTrue(first("European Union").startsWith("IGO"), first("European Union"));
        // Left out: a direction, a sea.
        assertTrue(registry.lookup("the West").isEmpty() && registry.lookup("Mediterranean").isEmpty());
    }

    @Test
    void countryTable_hasTheNewsFormsAndTheAmbiguityPolicy() {
        assertEquals("USA", first("the States"));
        assertEquals("USA", first("America"));
        assertEquals("GBR", first("U.K."));
        assertEquals("ARE", first("Emirati"));
        assertEquals("ARE", first("Emiratis"));
        assertEquals("XKX", first("Kosovo"));
        assertEquals("MMR", first("Burma"));
        assertEquals("COD", first("Congo"));
        assertEquals("COD", first("Congolese"));
        assertEquals("DOM", first("Dominican"));
        assertEquals("DMA", first("Dominica"));
        assertTrue(registry.lookup("Korean").isEmpty(), "bare 'Korean' names no country");
        assertEquals("KOR", first("South Korean"));
        assertEquals(ActorRegistry.NameKind.ADJECTIVE, registry.lookup("Saudi").get(0).kind());
        assertEquals(ActorRegistry.NameKind.CAPITAL, registry.lookup("Kyiv").get(0).kind());
    }

    @Test
    void countryTable_everyPhraseNamesOneCountry() {
        Map<String, String> owner = new HashMap<>();
        List<String> shared = new ArrayList<>();
        int rows = 0;
        for (TabularResource.Row row : TabularResource.read("/org/annals/actors/countries.tsv")) {
            rows++;
            for (int column = 2; column <= 4; column++) {
                for (String phrase : row.column(column).split("\\|")) {
                    String key = Names.isCaseSensitive(phrase) ? phrase : Names.normalize(phrase);
                    String before = phrase.isBlank() ? null : owner.putIfAbsent(key, row.column(0));
                    if (before != null && !before.equals(row.column(0))) {
                        shared.add(phrase + " (" + before + ", " + row.column(0) + ")");
                    }
                }
            }
        }
        assertEquals(250, rows, "every ISO 3166-1 entry plus Kosovo");
        assertTrue(shared.isEmpty(), "phrases naming two countries: " + shared);
    }

    @Test
    void shortAbbreviations_matchOnlyInCapitals() {
        assertEquals("USA", first("US"));
        assertTrue(registry.lookup("us").isEmpty(), "the pronoun 'us' is no country");
    }

    @Test
    void lowerCaseWords_doNotMatchCapitalisedCountryPhrases() {
        assertEquals("MDV", first("Male"));
        assertTrue(registry.lookup("male").isEmpty(), "the adjective 'male' is no capital");
        assertEquals("VEN", first("VENEZUELA"));
        assertEquals("USA", first("the States"));
        assertEquals("USA", first("The States"));
    }

    @Test
    void accentsAndCaseDoNotMatter_forNames() {
        assertFalse(registry.lookup("nicolas maduro").isEmpty());
        assertEquals(registry.lookup("Nicolás Maduro").get(0).entry(), registry.lookup("NICOLAS MADURO").get(0).entry());
    }

    @Test
    void normalize_fastAndSlowPathsAgree() {
        assertEquals("u.s.", Names.normalize("U.S."));
        assertEquals("nicolas maduro", Names.normalize("Nicolás Maduro"));
        assertEquals("cote d'ivoire", Names.normalize("Côte d’Ivoire"));
        assertEquals("two spaces", Names.normalize("  Two   spaces "));
        assertEquals("tab and newline", Names.normalize("tab\tand\nnewline"));
    }

    @Test
    void firstWordIndex_skipsWordsThatStartNoName() {
        assertTrue(registry.mayStartName("United"));
        assertTrue(registry.mayStartName("Venezuelan"));
        assertFalse(registry.mayStartName("weather"));
        assertTrue(registry.mayStartSector("Secretary", "secretary"));
        assertTrue(registry.mayStartSector("protesters", "protester"));
    }

    @Test
    void sectors_fromMultiWordRoles() {
        assertEquals(Optional.of("OPP"), registry.sector("opposition leader"));
        assertEquals(Optional.of("GOV"), registry.sector("Secretary of State"));
        assertEquals(Optional.of("CVL"), registry.sector("protesters"));
        assertEquals(Optional.of("GOV"), registry.sector("diplomats"));
    }

    @Test
    void datedRoles_giveTheCodeValidOnTheDay() {
        RegistryEntry pompeo = person("Mike Pompeo");
        assertEquals(Optional.of("USALEG"), pompeo.codeOn(LocalDate.of(2016, 6, 1)));
        assertEquals(Optional.of("USAGOV"), pompeo.codeOn(LocalDate.of(2019, 1, 23)));
        RegistryEntry trump = person("Donald Trump");
        assertEquals(Optional.of("USAGOV"), trump.codeOn(LocalDate.of(2019, 1, 23)));
        assertFalse(trump.codeOn(LocalDate.of(2022, 6, 1)).orElse("").equals("USAGOV"));
    }

    @Test
    void surnames_findKnownPersons() {
        assertTrue(registry.personsWithSurname("Guaidó").stream().anyMatch(e -> e.name().contains("Guaid")));
    }

    @Test
    void datedRole_rejectsEndBeforeStart() {
        assertThrows(IllegalArgumentException.class, () -> new DatedRole("USAGOV", LocalDate.of(2020, 1, 1),
                Optional.of(LocalDate.of(2019, 1, 1))));
        DatedRole open = new DatedRole("USAGOV", LocalDate.of(2020, 1, 1), Optional.empty());
        assertTrue(open.holdsOn(LocalDate.of(2030, 1, 1)));
        assertFalse(open.holdsOn(LocalDate.of(2019, 12, 31)));
    }

    private static RegistryEntry person(String name) {
        List<ActorRegistry.NameMatch> found = registry.lookup(name);
        return found.stream().filter(m -> m.entry().kind() == RegistryEntry.Kind.PERSON).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in registry")).entry();
    }
}
