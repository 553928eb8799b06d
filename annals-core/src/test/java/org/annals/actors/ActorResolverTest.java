package org.annals.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.model.Actor;
import org.annals.model.CodedArticle;
import org.annals.pipeline.SharedCoder;
import org.junit.jupiter.api.Test;

/** Actor coding through the whole pipeline, on sentences written to show each rule. */
class ActorResolverTest {

    private static Actor actor(CodedArticle coded, String text) {
        return coded.actors().stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor '" + text + "' in " + coded.actors()));
    }

    @Test
    void titleAndDemonymInTheMention_codeAnUnknownPerson() {
        CodedArticle coded = SharedCoder.code("Brazilian Foreign Minister João Silveira arrived in Lima.", "2019-02-26");
        Actor a = actor(coded, "Brazilian Foreign Minister João Silveira");
        assertEquals("BRAGOV", a.code());
        assertTrue(a.reason().contains("title and country"), a.reason());
    }

    @Test
    void laterSurname_carriesTheCodeOfTheFirstMention() {
        CodedArticle coded = SharedCoder.code("Brazilian Foreign Minister João Silveira arrived in Lima. "
                + "Silveira criticized Venezuela.", "2019-02-26");
        Actor later = actor(coded, "Silveira");
        assertEquals("BRAGOV", later.code());
        assertTrue(later.reason().contains("same person"), later.reason());
    }

    @Test
    void knownPerson_getsTheRoleValidOnTheArticleDate() {
        assertEquals("USAGOV", actor(SharedCoder.code("Mike Pompeo criticized Iran.", "2019-01-23"), "Mike Pompeo").code());
        assertEquals("USALEG", actor(SharedCoder.code("Mike Pompeo criticized Iran.", "2016-03-01"), "Mike Pompeo").code());
    }

    @Test
    void countryAndRoleWords_combine() {
        CodedArticle coded = SharedCoder.code("U.S. diplomats met Venezuelan opposition lawmakers.", "2019-01-23");
        assertEquals("USAGOV", actor(coded, "U.S. diplomats").code());
    }

    @Test
    void pluralDemonym_isThePeople() {
        CodedArticle coded = SharedCoder.code("Thousands of Venezuelans crossed into Colombia.", "2019-01-23");
        assertTrue(coded.actors().stream().anyMatch(a -> a.code().equals("VENCVL")), coded.actors().toString());
    }

    @Test
    void unspecifiedForeignLeaders_stayUnspecified() {
        CodedArticle coded = SharedCoder.code("International leaders condemned the vote.", "2019-01-23");
        assertEquals("---GOV", actor(coded, "International leaders").code());
    }

    @Test
    void wordsThatAreNoActors_areNotCoded() {
        CodedArticle coded = SharedCoder.code("The weather was mild and the markets were calm.", "2019-01-23");
        assertEquals(List.of(), coded.actors());
    }
}
