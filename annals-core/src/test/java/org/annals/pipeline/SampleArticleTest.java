package org.annals.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.ingest.InputReader;
import org.annals.ingest.InputRecord;
import org.annals.ingest.ReadOptions;
import org.annals.model.Actor;
import org.annals.model.CodedArticle;
import org.annals.model.Event;
import org.annals.model.Modality;
import org.annals.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The acceptance checks of the foundation issue, on the bundled sample article. */
class SampleArticleTest {
    private static CodedArticle sample;

    @BeforeAll
    static void codeSample() {
        List<InputRecord> records = new InputReader(new ReadOptions(Optional.empty()))
                .readAll(List.of(Path.of("src/test/resources/samples/venezuela-2019-01-23.txt")));
        assertEquals(1, records.size());
        sample = SharedCoder.get().code(records.get(0).article().orElseThrow());
    }

    private static List<Event> events(Predicate<Event> p) {
        return sample.events().stream().filter(p).toList();
    }

    private static boolean source(Event e, String prefix) {
        return e.source().code().startsWith(prefix);
    }

    private static boolean target(Event e, String prefix) {
        return e.target().map(Actor::code).orElse("").startsWith(prefix);
    }

    @Test
    void usRecognisesGuaido() {
        List<Event> found = events(e -> e.code().equals("054") && e.isAsserted() && source(e, "USA") && target(e, "VEN"));
        assertEquals(1, found.size(), sample.events().toString());
        assertEquals("VENOPP", found.get(0).target().orElseThrow().code());
        assertEquals("2019-01-23", found.get(0).date().value());
        assertEquals(1, found.get(0).quadClass());
        assertEquals(6.0, found.get(0).goldstein());
    }

    @Test
    void maduroBreaksTiesWithTheUs() {
        List<Event> found = events(e -> e.code().equals("161") && e.source().code().equals("VENGOV") && target(e, "USA"));
        assertEquals(1, found.size(), sample.events().toString());
        assertEquals("break-ties", found.get(0).rule());
    }

    @Test
    void maduroOrdersUsDiplomatsOut() {
        assertEquals(1, events(e -> e.code().equals("174") && source(e, "VENGOV") && target(e, "USAGOV")).size(),
                sample.events().toString());
    }

    @Test
    void pompeoRefusesTheOrder() {
        assertEquals(1, events(e -> e.root().equals("12") && source(e, "USA") && target(e, "VEN")).size(),
                sample.events().toString());
    }

    @Test
    void allOptionsOnTheTableIsAVeiledThreat() {
        List<Event> found = events(e -> e.root().equals("13") && source(e, "USA"));
        assertEquals(1, found.size(), "the repeated phrase in one paragraph is one event: " + sample.events());
        assertEquals("VEN", found.get(0).target().orElseThrow().country());
    }

    @Test
    void sanctionsAreDatedToThePastNotToTheArticle() {
        List<Event> found = events(e -> e.code().equals("163"));
        assertEquals(1, found.size(), sample.events().toString());
        Event sanctions = found.get(0);
        assertTrue(source(sanctions, "USA") && target(sanctions, "VENGOV"), sanctions.toString());
        assertTrue(sanctions.date().to().getYear() < 2019, "dated " + sanctions.date());
    }

    @Test
    void protestsAreCoded() {
        assertTrue(events(e -> e.root().equals("14") && source(e, "VENCVL")).size() >= 1, sample.events().toString());
    }

    @Test
    void protestsAreLocatedInCaracas() {
        List<Event> protests = events(e -> e.root().equals("14"));
        assertTrue(!protests.isEmpty());
        for (Event protest : protests) {
            assertEquals("Caracas", protest.location().orElseThrow(() -> new AssertionError("no location: " + protest)).name());
            assertEquals("VEN", protest.location().get().country());
            assertEquals(3646738L, protest.location().get().geonamesId());
        }
    }

    @Test
    void theArticleIsAboutVenezuelaAndTheUs() {
        assertEquals(List.of("VEN", "USA"), sample.focus());
    }

    @Test
    void guaidoPromisesElections() {
        assertEquals(1, events(e -> e.root().equals("03") && source(e, "VENOPP")).size(), sample.events().toString());
    }

    @Test
    void negatedStatementsAreNotCodedAsActs() {
        // "does not recognize the Maduro regime": kept, but as a negation, never as recognition
        List<Event> nonRecognition = events(e -> e.code().equals("054") && target(e, "VENGOV"));
        assertEquals(1, nonRecognition.size(), sample.events().toString());
        assertEquals(Set.of(Modality.NEGATED), nonRecognition.get(0).modality());
        assertTrue(source(nonRecognition.get(0), "USA"));
        // "the legal authority to break diplomatic relations" and "not actively considering military action"
        assertTrue(events(e -> e.code().equals("161") && source(e, "USA")).isEmpty(), "the authority to break relations is no act");
        assertTrue(events(e -> e.root().equals("13") && !e.isAsserted()).isEmpty(), sample.events().toString());
    }

    @Test
    void expulsionOrderCarriesItsDeadline() {
        Event order = events(e -> e.code().equals("174")).get(0);
        assertEquals(Optional.of(LocalDate.of(2019, 1, 26)), order.deadline(), "72 hours from 2019-01-23");
    }

    @Test
    void backgroundSanctionsAreHistorical() {
        assertTrue(events(e -> e.code().equals("163")).get(0).modality().contains(Modality.HISTORICAL));
    }

    @Test
    void boilerplateCodesNothing() {
        assertFalse(sample.article().text().contains("We may earn a commission"));
        assertTrue(sample.events().stream().noneMatch(e -> sample.sentences().get(e.sentence()).text().contains("commission")));
    }

    @Test
    void quotesAreAttributedToTheirSpeakers() {
        assertSpeaker("The United States does not recognize", "Mike Pompeo", "USAGOV");
        assertSpeaker("Accordingly the United States", "Mike Pompeo", "USAGOV");
        assertSpeaker("The people of Venezuela", "Donald Trump", "USAGOV");
        assertSpeaker("All options, always", "Donald Trump", "USAGOV");
        assertSpeaker("We will stay on the street", "Juan Guaidó", "VENOPP");
        assertSpeaker("I’m tired of not having water", "Gladys Ibarra", "VENCVL");
    }

    private static void assertSpeaker(String quoteStart, String name, String code) {
        Quote quote = sample.quotes().stream().filter(q -> q.text().startsWith(quoteStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting '" + quoteStart + "' in " + sample.quotes()));
        Quote.Speaker speaker = quote.speaker().orElseThrow(() -> new AssertionError("no speaker for " + quote));
        assertEquals(name, speaker.name(), quote.toString());
        assertEquals(code, speaker.code(), quote.toString());
    }

    @Test
    void everyEventPointsBackToItsSentence() {
        for (Event e : sample.events()) {
            String sentence = sample.sentences().get(e.sentence()).text();
            assertEquals(sentence, e.span().of(sample.article().text()), e.toString());
            assertTrue(sentence.contains(e.trigger().split(" ")[0]), e.toString());
            assertFalse(e.rule().isBlank());
        }
    }

    @Test
    void codingTwiceGivesTheSameResult() {
        CodedArticle again = SharedCoder.get().code(sample.article());
        assertEquals(sample, again);
    }
}
