package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.annals.model.CodedArticle;
import org.annals.model.Event;
import org.annals.pipeline.SharedCoder;
import org.junit.jupiter.api.Test;

/** PLOVER codings of whole articles: the words of each event's own sentence, and only those, speak. */
class PloverCodingTest {
    private final PloverMapping plover = PloverMapping.loadBuiltIn();

    private List<PloverMapping.Plover> plover(String text) {
        CodedArticle coded = SharedCoder.code(text, "2019-02-26");
        return coded.events().stream()
                .map((Event e) -> plover.of(e, coded.sentences().get(e.sentence()).text()).orElseThrow()).toList();
    }

    @Test
    void sanctionsOnOil_areEconomicAndNaturalResource_andTheNextSentencesRefugeesDoNotCount() {
        List<PloverMapping.Plover> codings = plover("The United States imposed sanctions on Venezuela's oil industry on Monday. "
                + "Thousands of refugees fled to Colombia.");
        assertEquals(List.of(new PloverMapping.Plover("SANCTION", "discontinue", Set.of("economic", "natural_resource"))),
                codings);
    }

    @Test
    void anAttackWithArtillery_takesItsModeFromTheWords() {
        assertEquals(List.of(new PloverMapping.Plover("ASSAULT", "heavy-weapons", Set.of("military"))),
                plover("Venezuelan troops attacked Colombian soldiers with artillery on Monday."));
    }
}
