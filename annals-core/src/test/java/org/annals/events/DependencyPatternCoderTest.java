package org.annals.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.annals.model.Actor;
import org.annals.model.CodedArticle;
import org.annals.model.Event;
import org.annals.model.Modality;
import org.annals.pipeline.SharedCoder;
import org.junit.jupiter.api.Test;

/** Rules of the event coder, each on a sentence written to show it. */
class DependencyPatternCoderTest {

    private static List<String> code(String text) {
        CodedArticle coded = SharedCoder.code(text, "2019-02-26");
        return coded.events().stream().map(DependencyPatternCoderTest::describe).toList();
    }

    private static String describe(Event e) {
        return e.source().code() + " " + e.code() + " " + e.target().map(Actor::code).orElse("-") + " " + e.date().value();
    }

    @Test
    void activeVoice_subjectIsSourceObjectIsTarget() {
        assertEquals(List.of("COL 174 VENGOV 2019-02-26"), code("Colombia expelled two Venezuelan diplomats."));
    }

    @Test
    void passiveVoice_agentIsSource() {
        assertEquals(List.of("COL 174 VENGOV 2019-02-26"), code("Two Venezuelan diplomats were expelled by Colombia."));
    }

    @Test
    void coordinatedSubjects_giveOneEventPerPair() {
        List<String> events = code("France and Germany recognized Juan Guaidó as interim president of Venezuela.");
        assertEquals(2, events.size(), events.toString());
        assertTrue(events.get(0).startsWith("FRA 054 VEN") && events.get(1).startsWith("DEU 054 VEN"), events.toString());
    }

    @Test
    void negatedVerb_isKeptAsANegationNotAnAct() {
        CodedArticle coded = SharedCoder.code("Russia did not recognize Juan Guaidó.", "2019-02-26");
        assertEquals(1, coded.events().size(), coded.events().toString());
        assertEquals(Set.of(Modality.NEGATED), coded.events().get(0).modality());
        assertTrue(!coded.events().get(0).isAsserted());
    }

    @Test
    void willAuxiliary_marksTheEventFuture() {
        CodedArticle coded = SharedCoder.code("The United States will impose sanctions on Cuba.", "2019-02-26");
        assertEquals(Set.of(Modality.FUTURE), coded.events().get(0).modality(), coded.events().toString());
    }

    @Test
    void withinADuration_setsADeadline() {
        CodedArticle coded = SharedCoder.code("Colombia ordered two Venezuelan diplomats to leave within 48 hours.", "2019-02-26");
        assertEquals(List.of("COL 174 VENGOV 2019-02-26"), coded.events().stream().map(DependencyPatternCoderTest::describe).toList());
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2019, 2, 28)), coded.events().get(0).deadline());
    }

    @Test
    void verbUnderNegatedGovernor_codesNothing() {
        // Not considering sanctions is kept only as a negated deliberation (014); the sanctions are nothing.
        assertEquals(List.of("MEX 014 VEN 2019-02-26"), code("Mexico is not considering sanctions against Venezuela."));
        assertTrue(SharedCoder.code("Mexico is not considering sanctions against Venezuela.", "2019-02-26").events()
                .stream().noneMatch(e -> e.isAsserted()));
    }

    @Test
    void infinitiveUnderNoun_isNoAct() {
        assertEquals(List.of(), code("Brazil says Maduro lacks the authority to expel Brazilian diplomats."));
    }

    @Test
    void negatedFollowOrder_isDefiance() {
        List<String> events = code("Peru said it will not obey Bolivia's order to close the embassy.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).startsWith("PER 128 BOL"), events.toString());
    }

    @Test
    void timeExpressionInTheClause_datesTheEvent() {
        assertEquals(List.of("COL 174 VENGOV 2019-02-25"), code("On Monday, Colombia expelled two Venezuelan diplomats."));
    }

    @Test
    void firstPersonInAQuotation_isTheSpeaker() {
        List<String> events = code("“We will impose sanctions on Cuba,” Venezuelan Foreign Minister Jorge Arreaza said.");
        assertEquals(List.of("VENGOV 163 CUB 2019-02-26"), events);
    }

    @Test
    void capitalAsSubject_standsForItsGovernment() {
        List<String> events = code("Washington imposed sanctions on Caracas.");
        assertEquals(List.of("USAGOV 163 VENGOV 2019-02-26"), events);
    }

    @Test
    void sentenceWithoutAnyPattern_codesNothing() {
        assertEquals(List.of(), code("The weather in Caracas was mild and the markets were calm."));
    }
}
