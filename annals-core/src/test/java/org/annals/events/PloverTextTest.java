package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PloverTextTest {
    private final PloverText text = PloverText.loadBuiltIn();

    @TempDir
    Path dir;

    private PloverText read(String contexts, String modes) throws IOException {
        Path c = Files.writeString(dir.resolve("contexts.tsv"), contexts);
        Path m = Files.writeString(dir.resolve("modes.tsv"), modes);
        return PloverText.read(c, m);
    }

    private String failure(String contexts, String modes) {
        return assertThrows(IllegalStateException.class, () -> read(contexts, modes)).getMessage();
    }

    @Test
    void malformedRows_failWithFileAndLine() {
        String missingColumn = failure("# comment\nelection\tballot\nmilitary\n", "");
        assertTrue(missingColumn.startsWith(dir.resolve("contexts.tsv") + ":3: "), missingColumn);
        String unknownContext = failure("elections\tballot\n", "");
        assertTrue(unknownContext.contains("contexts.tsv:1: 'elections' is not one of PLOVER's contexts"), unknownContext);
        String badPhrase = failure("military\tarmy,  tear-gas\n", "");
        assertTrue(badPhrase.contains("contexts.tsv:1: phrase 'tear-gas'"), badPhrase);
        String emptyPhrase = failure("military\tarmy,,navy\n", "");
        assertTrue(emptyPhrase.contains("contexts.tsv:1: phrase ''"), emptyPhrase);
        String unknownType = failure("", "\nPROTESTS\triot\trioting\n");
        assertTrue(unknownType.contains("modes.tsv:2: 'PROTESTS' is not one of PLOVER's types"), unknownType);
        String missingMode = failure("", "PROTEST\trioting\n");
        assertTrue(missingMode.contains("modes.tsv:1: expected type<TAB>mode<TAB>phrases"), missingMode);
    }

    @Test
    void builtInLexicons_useOnlyTheManualsNames() {
        // loading checks every context and type; the modes are checked against the manual's lists here
        assertEquals(Set.of("hunger", "riot", "strike", "boycott", "obstruct", "vandalize", "demo"), text.modesOf("PROTEST"));
        assertTrue(Set.of("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional")
                .containsAll(text.modesOf("ASSAULT")), text.modesOf("ASSAULT").toString());
        assertTrue(Set.of("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
                "misinformation", "cyber", "crowd-control").containsAll(text.modesOf("COERCE")));
    }

    @Test
    void contexts_matchLemmasAndTheirInflections_asWholeWords() {
        assertEquals(Set.of("election"), text.contexts("Voters cast their ballots in the runoff."));
        assertEquals(Set.of("military", "natural_resource"), text.contexts("Troops guarded the oil fields."));
        assertEquals(Set.of(), text.contexts("The turmoil spoiled the soiled boiler."), "no match inside a word");
        assertEquals(Set.of("migration"), text.contexts("Thousands of Venezuelans were displaced."));
    }

    @Test
    void phrases_needTheirWordsInOrder() {
        assertEquals(Set.of("human_rights"), text.contexts("Human-rights groups condemned the arrests."));
        assertEquals(Set.of(), text.contexts("Rights of the human person"), "words apart are not the phrase");
        assertEquals(Set.of("rights_freedoms"), text.contexts("They defended freedom of the press."));
    }

    @Test
    void mode_firstRowOfTheTypeWins_andOtherTypesAreIgnored() {
        assertEquals(Optional.of("hunger"), text.mode("PROTEST", "Prisoners went on a hunger strike."));
        assertEquals(Optional.of("strike"), text.mode("PROTEST", "Oil workers went on strike."));
        assertEquals(Optional.of("riot"), text.mode("PROTEST", "Protesters were rioting and looting shops."));
        assertEquals(Optional.of("demo"), text.mode("PROTEST", "Riot police dispersed the demonstrators."),
                "riot police do not make a riot");
        assertEquals(Optional.of("heavy-weapons"), text.mode("ASSAULT", "The army pounded the town with artillery."));
        assertEquals(Optional.of("firearms"), text.mode("ASSAULT", "Gunmen shot three guards."));
        assertEquals(Optional.of("curfew"), text.mode("COERCE", "The government imposed a curfew."));
        assertEquals(Optional.empty(), text.mode("ASSAULT", "Prisoners went on a hunger strike."));
        assertEquals(Optional.empty(), text.mode("AID", "They sent food."));
    }

    @Test
    void forms_areRegularInflections() {
        assertTrue(PloverText.forms("vote").containsAll(Set.of("vote", "votes", "voted", "voting")));
        assertTrue(PloverText.forms("ban").containsAll(Set.of("bans", "banned", "banning")));
        assertTrue(PloverText.forms("spy").containsAll(Set.of("spies", "spied", "spying")));
        assertTrue(!PloverText.forms("oil").contains("turmoil"));
    }
}
