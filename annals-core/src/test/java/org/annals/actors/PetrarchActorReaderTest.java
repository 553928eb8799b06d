package org.annals.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The PETRARCH/TABARI actor format, on hand-written snippets. */
class PetrarchActorReaderTest {
    private static final PetrarchActorReader READER =
            new PetrarchActorReader(Set.of("VEN", "USA", "AFG", "HND", "XKX"), Set.of("GOV", "MED", "ELI", "NGO", "MIL"));

    private static RegistryLayer read(String... lines) {
        return READER.read(List.of(lines), "test.actors.txt");
    }

    private static RegistryEntry only(RegistryLayer layer) {
        assertEquals(1, layer.entries().size(), layer.entries().toString());
        return layer.entries().get(0);
    }

    @Test
    void datedCodes_becomeRolesOfAPerson() {
        RegistryEntry chavez = only(read(
                "HUGO_CHAVEZ_  # CountryInfo.txt",
                "+HUGO_RAFAEL_CHAVEZ_FRIAS",
                "\t[VENELI 720101-990202]",
                "\t[VENGOV 990202-020412]",
                "\t[VENGOV 20020414-20130305]",
                "\t[VENELI]"));
        assertEquals(RegistryEntry.Kind.PERSON, chavez.kind());
        assertEquals("Hugo Chavez", chavez.name());
        assertEquals("person:HUGO_CHAVEZ", chavez.id());
        assertEquals(List.of("hugo chavez", "hugo rafael chavez frias"), chavez.names());
        assertEquals(Optional.of("VENELI"), chavez.codeOn(LocalDate.of(1980, 1, 1)), "yymmdd 72 is 1972");
        assertEquals(Optional.of("VENGOV"), chavez.codeOn(LocalDate.of(2010, 6, 1)), "yyyymmdd");
        assertEquals(Optional.of("VENGOV"), chavez.codeOn(LocalDate.of(2001, 6, 1)), "yymmdd 02 is 2002");
        assertEquals(Optional.of("VENELI"), chavez.codeOn(LocalDate.of(2019, 1, 23)), "the undated code outside the roles");
        assertTrue(chavez.source().endsWith("test.actors.txt:1"), chavez.source());
    }

    @Test
    void beforeAndAfterDates_areOpenSpans() {
        RegistryEntry zelaya = only(read("MANUEL_ZELAYA_ [HNDELI <060126] [HNDGOV >060127]"));
        assertEquals(Optional.of("HNDELI"), zelaya.codeOn(LocalDate.of(1990, 1, 1)));
        assertEquals(Optional.of("HNDELI"), zelaya.codeOn(LocalDate.of(2006, 1, 26)), "both ends inclusive");
        assertEquals(Optional.of("HNDGOV"), zelaya.codeOn(LocalDate.of(2006, 1, 27)));
        assertEquals(Optional.of("HNDGOV"), zelaya.codeOn(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void laterStartingRole_winsWhileItLasts() {
        RegistryEntry sam = only(read(
                "SAM_GAMGEE [HOB]",
                "\t[HOBCIV <20080120]",
                "\t[ORCHOB 20100109-20100112] # overrides the next",
                "\t[HOBMIL 20080120-20121109]"));
        assertEquals(Optional.of("ORCHOB"), sam.codeOn(LocalDate.of(2010, 1, 10)));
        assertEquals(Optional.of("HOBMIL"), sam.codeOn(LocalDate.of(2011, 1, 10)));
        assertEquals(Optional.of("HOB"), sam.codeOn(LocalDate.of(2015, 1, 1)));
    }

    @Test
    void undatedCountryCode_isACountry_otherCodesAreOrganisations() {
        RegistryLayer layer = read(
                "AFGHANISTAN_  [AFG]",
                "+AFGHAN_",
                "+KABUL_",
                "AFGHAN_NATIONAL_SECURITY_FORCES [AFGMIL]",
                "WASHINGTON_POST [MED]",
                "AMNESTY_INTERNATIONAL [NGO]");
        assertEquals(4, layer.entries().size());
        RegistryEntry afghanistan = layer.entries().get(0);
        assertEquals(RegistryEntry.Kind.COUNTRY, afghanistan.kind());
        assertEquals("AFG", afghanistan.code());
        assertEquals(List.of("afghanistan", "afghan", "kabul"), afghanistan.names());
        assertEquals(RegistryEntry.Kind.ORGANIZATION, layer.entries().get(1).kind());
        assertEquals("AFGMIL", layer.entries().get(1).code());
        assertEquals("---MED", layer.entries().get(2).code(), "a bare sector has no country");
        assertEquals("NGO", layer.entries().get(3).code(), "NGO is a type of actor, kept whole");
    }

    @Test
    void countryWithDatedCodes_staysACountryWithTodaysCode() {
        RegistryEntry kosovo = only(read("KOSOVO", "+KOSOVAR", "\t[YUGKSV <920428]", "\t[KSVUNO 990610-080217]", "\t[KSV >080217]"));
        assertEquals(RegistryEntry.Kind.COUNTRY, kosovo.kind());
        assertEquals("KSV", kosovo.code());
    }

    @Test
    void bareSectorAfterATerm_takesTheLastRolesCountry() {
        RegistryEntry annan = only(read("KOFI_ANNAN_\t", "+K._ANNAN_", "\t[IGOUNO 970101-061231]", "\t[ELI]# IGOrulers.txt"));
        assertEquals(Optional.of("IGOUNOELI"), annan.codeOn(LocalDate.of(2010, 1, 1)));
        assertEquals(Optional.of("IGOUNO"), annan.codeOn(LocalDate.of(2000, 1, 1)));
    }

    @Test
    void nameLineWithoutCode_joinsTheNextEntry() {
        RegistryEntry josipovic = only(read("IVO_JOSIPOVIC_", "PRESIDENT_JOSIPOVIC_", "JOSIPOVIC_", "\t[HRVGOV >20120219]"));
        assertEquals(List.of("ivo josipovic", "president josipovic", "josipovic"), josipovic.names());
    }

    @Test
    void comments_hashAndXmlOverSeveralLines_areSkipped() {
        RegistryLayer layer = read(
                "<!-- PETRARCH VALIDATION SUITE ACTOR DICTIONARY -->",
                "<!-- ",
                "# inside a comment",
                "NOT_AN_ACTOR [XXX]",
                "# -->",
                "<! -- odd opening -->",
                "UNITED_STATES [USA] # the country",
                "+U.S.  #JW   9/12/91",
                "+USA");
        RegistryEntry usa = only(layer);
        assertEquals(List.of("united states", "U.S.", "USA"), usa.names(), "names of three letters or fewer keep their capitals");
        assertEquals(List.of(), layer.problems());
    }

    @Test
    void malformedBlocksAndCodelessEntries_areReportedNotFatal() {
        RegistryLayer layer = read(
                "ARMENIA_ [USRARM <911221] [ARMUNR 9008223-911221] [ARM]",
                "THE_SHIRE  [FRO/BIL/SAM]",
                "EGYPT_BAD [EGYGOV 20121207-20120802]",
                "LONELY_NAME_AT_THE_END");
        assertEquals(4, layer.problemCount(), layer.problems().toString());
        assertTrue(layer.problems().get(0).startsWith("test.actors.txt:1: bad date"), layer.problems().get(0));
        assertTrue(layer.problems().stream().anyMatch(p -> p.contains("has no code")), layer.problems().toString());
        assertEquals("ARM", layer.entries().get(0).code(), "the good blocks of a line are kept");
    }

    @Test
    void phrase_andDisplay() {
        assertEquals("u.n.", PetrarchSyntax.phrase("U.N._").toLowerCase());
        assertEquals("U.N.", PetrarchSyntax.phrase("U.N._"));
        assertEquals("president hosni murbarak", PetrarchSyntax.phrase("PRESIDENT HOSNI  MURBARAK"));
        assertEquals("Mazar-I-Sharif", PetrarchSyntax.display(PetrarchSyntax.phrase("MAZAR-I-SHARIF_")));
        assertEquals(LocalDate.of(1999, 2, 2), PetrarchSyntax.date("990202"));
        assertEquals(LocalDate.of(2013, 3, 5), PetrarchSyntax.date("20130305"));
    }
}
