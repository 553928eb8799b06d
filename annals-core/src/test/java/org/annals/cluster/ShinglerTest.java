package org.annals.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShinglerTest {

    private final Shingler shingler = new Shingler(3);

    @Test
    void shingles_areThreeWordRunsWithinASentence() {
        assertEquals(List.of("colombia expelled two", "expelled two diplomats", "venezuela protested"),
                List.copyOf(shingler.shingles("Colombia expelled two diplomats. Venezuela protested.")));
    }

    @Test
    void caseQuotesPunctuationAndSpacing_doNotMatter() {
        assertEquals(shingler.shingles("\"We will respond,\" the minister said."),
                shingler.shingles("we  WILL respond — the\tminister said"));
    }

    @Test
    void reorderedSentencesAndParagraphs_giveTheSameSet() {
        String text = "The ministry accused the diplomats of meddling. Venezuela rejected the accusation.\n\n"
                + "Relations have been strained for years!";
        String reordered = "Relations have been strained for years!\n\nVenezuela rejected the accusation. "
                + "The ministry accused the diplomats of meddling.";
        assertEquals(shingler.shingles(text), shingler.shingles(reordered));
    }

    @Test
    void aLineBreak_endsASentence() {
        Set<String> shingles = shingler.shingles("CARACAS Reuters\nColombia expelled two diplomats");
        assertTrue(shingles.contains("caracas reuters"), shingles.toString());
        assertTrue(shingles.stream().noneMatch(s -> s.contains("reuters colombia")), shingles.toString());
    }

    @Test
    void aShortSentence_isOneShingle_andNoWordsGiveNone() {
        assertEquals(Set.of("reuters"), shingler.shingles("Reuters."));
        assertEquals(Set.of(), shingler.shingles(" ... !!! \n "));
        assertEquals(Set.of(), shingler.shingles(""));
    }

    @Test
    void lettersOfAnyScript_areWords() {
        assertEquals(Set.of("bogotá und köln", "und köln 2019"), shingler.shingles("Bogotá und Köln 2019"));
    }

    @Test
    void size_mustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Shingler(0));
    }
}
