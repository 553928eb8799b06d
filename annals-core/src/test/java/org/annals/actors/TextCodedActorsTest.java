package org.annals.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annals.model.Actor;
import org.annals.model.CodedArticle;
import org.annals.model.UnknownName;
import org.annals.pipeline.SharedCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Persons and organisations the registry does not list: coded from the words around them, carried through the
 * document, and recorded as unknown names whether coded or not. The names are made up, so that no registry
 * entry can be what codes them.
 */
class TextCodedActorsTest {
    private static final String DAY = "2019-01-23";

    private static Actor actor(CodedArticle coded, String text) {
        return coded.actors().stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor '" + text + "' in " + coded.actors()));
    }

    private static List<UnknownName> unknown(CodedArticle coded, String name) {
        return coded.unknown().stream().filter(u -> u.name().equals(name)).toList();
    }

    @Test
    void demonymAndTitleBeforeTheName_evenWhenParsedAsDep() {
        CodedArticle coded = SharedCoder.code("The Venezuelan lawmaker Tomas Velarde was arrested. Velarde denied the charges. "
                + "He said he was innocent.", DAY);
        Actor first = actor(coded, "Tomas Velarde");
        assertEquals("VENLEG", first.code());
        assertEquals("text:tomas velarde", first.entryId());
        assertEquals("VENLEG", actor(coded, "Velarde").code());
        assertTrue(actor(coded, "Velarde").reason().contains("same person"), actor(coded, "Velarde").reason());
        assertEquals("VENLEG", actor(coded, "He").code(), "the pronoun carries the text-coded person");
        List<UnknownName> mentions = unknown(coded, "Tomas Velarde");
        assertEquals(2, mentions.size(), coded.unknown().toString());
        assertEquals(Optional.of("VENLEG"), mentions.get(1).code());
        assertEquals(UnknownName.Kind.PERSON, mentions.get(0).kind());
    }

    @Test
    void possessiveCountryAndTitle_inTheAppositionTheNameBelongsTo() {
        CodedArticle coded = SharedCoder.code("Bolivia's interior minister, Ramiro Quintela, met Venezuelan officials.", DAY);
        Actor quintela = actor(coded, "Ramiro Quintela");
        assertEquals("BOLGOV", quintela.code());
        assertTrue(quintela.reason().contains("Bolivia"), quintela.reason());
    }

    @Test
    void headOfABody_isAMemberOfIt_inThePlaceOfTheClause() {
        CodedArticle coded = SharedCoder.code("Ernesto Salcedo, the head of the National Assembly, spoke in Caracas on Monday.", DAY);
        Actor salcedo = actor(coded, "Ernesto Salcedo");
        assertEquals("VENLEG", salcedo.code());
        assertTrue(salcedo.reason().contains("head of National Assembly") && salcedo.reason().contains("Caracas"),
                salcedo.reason());
    }

    @Test
    void aListIsNoApposition() {
        CodedArticle coded = SharedCoder.code("Venezuelan opposition leader Juan Guaidó met Hector Lindo, Maria Paz and "
                + "Carlos Rubio.", DAY);
        assertTrue(coded.actors().stream().noneMatch(a -> a.text().equals("Hector Lindo")),
                "an apposition naming another person says nothing about this one: " + coded.actors());
        assertTrue(!unknown(coded, "Hector Lindo").isEmpty(), coded.unknown().toString());
    }

    @Test
    void personWithoutEvidence_isRecordedUncoded_andTheSurnameLaterUnderTheFullName() {
        CodedArticle coded = SharedCoder.code("Marisol Quevedo said the water was cut. Quevedo added that the power was out too.", DAY);
        assertTrue(coded.actors().stream().noneMatch(a -> a.text().contains("Quevedo")), "no evidence, no actor");
        List<UnknownName> mentions = unknown(coded, "Marisol Quevedo");
        assertEquals(2, mentions.size(), coded.unknown().toString());
        assertEquals("Quevedo", mentions.get(1).text());
        assertEquals(Optional.empty(), mentions.get(1).code());
    }

    @Test
    void unknownOrganisation_codedFromItsWordsOrItsApposition_andCarriedToAShorterMention() {
        CodedArticle coded = SharedCoder.code("The Venezuelan Workers Union called a strike. "
                + "Fetrasalud, a Venezuelan union, joined it.", DAY);
        Actor union = actor(coded, "Venezuelan Workers Union");
        assertEquals("VENLAB", union.code());
        assertEquals("text:venezuelan workers union", union.entryId());
        assertEquals(Optional.of("VENLAB"), unknown(coded, "Fetrasalud").get(0).code(), coded.unknown().toString());
        CodedArticle paper = SharedCoder.code("The Andean Tribune reported that prices rose. The Tribune said more.", DAY);
        List<UnknownName> tribune = unknown(paper, "Andean Tribune");
        assertEquals(List.of("Andean Tribune", "Tribune"), tribune.stream().map(UnknownName::text).toList(), paper.unknown().toString());
    }

    @Test
    void compositeOrganisationNamesAndRoleWords_areNoNewNames() {
        CodedArticle coded = SharedCoder.code("Venezuela's National Assembly voted. U.S. Secretary of State Mike Pompeo spoke.", DAY);
        assertEquals(List.of(), coded.unknown(), "'National Assembly' is a role, 'State' part of a title");
    }

    @Test
    void registryPersonWithoutARoleThatDay_isAnUnknownNameWithItsEntry() {
        CodedArticle coded = SharedCoder.code("Former Venezuelan leader Hugo Chavez died in 2013.", DAY);
        Actor chavez = actor(coded, "Former Venezuelan leader Hugo Chavez");
        assertEquals("VENELI", chavez.code());
        assertEquals("person:HUGO_CHAVEZ", chavez.entryId(), "the registry's person, coded from the text");
        UnknownName stale = coded.unknown().get(0);
        assertEquals(Optional.of("person:HUGO_CHAVEZ"), stale.entry());
        assertEquals(Optional.of("VENELI"), stale.code());
    }

    @Test
    void fullNameNotInTheRegistry_isNotAListedPersonWithTheSameSurname() {
        CodedArticle coded = SharedCoder.code("Venezuelan protester Gladys Maduro marched in Caracas.", DAY);
        Actor protester = actor(coded, "Venezuelan protester Gladys Maduro");
        assertEquals("text:gladys maduro", protester.entryId());
        assertEquals("VENCVL", protester.code());
    }

    @Test
    void overlayEntry_codesTheNameOnTheNextRun(@TempDir Path dir) throws IOException {
        String text = "Marisol Quevedo said the water was cut.";
        assertTrue(SharedCoder.code(text, DAY).actors().isEmpty());
        Path overlay = dir.resolve("actors.tsv");
        ActorOverlay.append(overlay, new ActorOverlay.Addition("Marisol Quevedo", "VENCVL", Optional.empty(),
                Optional.empty(), RegistryEntry.Kind.PERSON));
        CodedArticle coded = SharedCoder.code(SharedCoder.withRegistry(RegistryLoader.load(List.of(), Optional.of(overlay))),
                text, DAY);
        Actor quevedo = actor(coded, "Marisol Quevedo");
        assertEquals("VENCVL", quevedo.code());
        assertEquals("person:MARISOL_QUEVEDO", quevedo.entryId());
        assertTrue(quevedo.reason().contains("overlay"), quevedo.reason());
        assertEquals(List.of(), coded.unknown());
    }
}
