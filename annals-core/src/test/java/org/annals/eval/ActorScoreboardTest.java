package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Span;
import org.junit.jupiter.api.Test;

class ActorScoreboardTest {
    // "The Russian army shelled Ukrainian towns.": source "The Russian army" [0, 16), target "Ukrainian towns" [25, 40).
    private static final ActorSentence GOLD = new ActorSentence("g", LocalDate.of(2019, 1, 1),
            "The Russian army shelled Ukrainian towns.", List.of(new Span(0, 16)), List.of(new Span(25, 40)), List.of());

    private static Actor actor(int begin, int end) {
        return new Actor("XXX", "x", "x", "test", "test", 0, new Span(begin, end));
    }

    private static Event event(Actor source, Actor target, Modality... modality) {
        return new Event("a", source, Optional.ofNullable(target), "190", "19", 4, -10,
                EventDate.ofDay(LocalDate.of(2019, 1, 1), "t"), 0, new Span(0, 41), "shelled", "x", Set.of(modality),
                Optional.empty(), Optional.empty());
    }

    @Test
    void overlapIsEnough_andTouchingIsNot() {
        ActorScoreboard board = new ActorScoreboard();
        // "Russian" inside the source span; "towns" inside the target span.
        board.add(GOLD, List.of(event(actor(4, 11), actor(35, 40))));
        // A source that ends where the gold source starts is off; a target that starts where it ends too.
        board.add(new ActorSentence("h", GOLD.date(), GOLD.text(), List.of(new Span(4, 16)), List.of(new Span(25, 34)),
                List.of()), List.of(event(actor(0, 4), actor(34, 40))));
        assertEquals(2, board.events());
        assertEquals(1, board.sourceRight());
        assertEquals(1, board.targetRight());
        assertEquals(1, board.bothRight());
        assertEquals(0.5, board.share(board.bothRight()));
        assertEquals(0.5, board.shareWithTarget(board.bothRight()));
    }

    @Test
    void swappedSides_andMissingTargets_areCounted() {
        ActorScoreboard board = new ActorScoreboard();
        board.add(GOLD, List.of(event(actor(25, 34), actor(4, 16)), event(actor(4, 11), null)));
        assertEquals(2, board.events());
        assertEquals(1, board.swapped());
        assertEquals(1, board.targetMissing());
        assertEquals(1, board.sourceRight());
        assertEquals(0, board.targetRight());
        assertEquals(0, board.bothRight());
        assertEquals(1, board.withTarget());
        assertEquals(0.0, board.shareWithTarget(board.targetRight()));
        assertTrue(board.report().contains("sides swapped"), board.report());
    }

    @Test
    void eventsWithoutBothCountriesRight_areListedWithTheGoldWords() {
        ActorScoreboard board = new ActorScoreboard();
        board.add(GOLD, List.of(event(actor(4, 11), actor(35, 40)), event(actor(4, 11), null)));
        assertEquals(1, board.misses().size());
        ActorScoreboard.Miss miss = board.misses().get(0);
        assertEquals(List.of("The Russian army"), miss.goldSources());
        assertEquals(List.of("Ukrainian towns"), miss.goldTargets());
        assertTrue(miss.sourceRight() && !miss.targetRight(), miss.toString());
        assertTrue(miss.describe().contains("190 +XXX 'x' -> ----"), miss.describe());
    }

    @Test
    void onlySentencesWithBothSpans_andOnlyAssertedEvents_count() {
        ActorScoreboard board = new ActorScoreboard();
        ActorSentence noTarget = new ActorSentence("n", GOLD.date(), GOLD.text(), List.of(new Span(0, 16)), List.of(),
                List.of(new Span(25, 40)));
        board.add(noTarget, List.of(event(actor(4, 11), actor(35, 40))));
        board.add(GOLD, List.of(event(actor(4, 11), actor(35, 40), Modality.NEGATED)));
        board.add(GOLD, List.of());
        assertEquals(3, board.sentences());
        assertEquals(2, board.scored());
        assertEquals(0, board.coded());
        assertEquals(0, board.events());
        assertEquals(0.0, board.share(board.bothRight()));
    }

    @Test
    void resolvedPronoun_isRightWhenTheNameItStandsForIsOnTheSpan() {
        // "The Russian army said it shelled Ukrainian towns.": source "The Russian army" [0, 16).
        ActorSentence gold = new ActorSentence("p", LocalDate.of(2019, 1, 1),
                "The Russian army said it shelled Ukrainian towns.", List.of(new Span(0, 16)), List.of(new Span(33, 48)),
                List.of());
        Actor army = new Actor("RUSMIL", "Russian army", "army", "sector:army", "test", 0, new Span(4, 16));
        Actor it = new Actor("RUSMIL", "it", "army", "sector:army", "'it' = the subject of 'said'", 0, new Span(22, 24));
        Actor towns = new Actor("UKR", "Ukrainian towns", "Ukraine", "country:UKR", "test", 0, new Span(33, 48));
        Actor otherIt = new Actor("UKRMIL", "it", "army", "sector:army", "test", 0, new Span(22, 24));
        ActorScoreboard withMentions = new ActorScoreboard();
        withMentions.add(gold, List.of(event(it, towns)), List.of(army, it, towns));
        assertEquals(1, withMentions.sourceRight());
        assertEquals(1, withMentions.bothRight());
        ActorScoreboard other = new ActorScoreboard();
        other.add(gold, List.of(event(otherIt, towns)), List.of(army, otherIt, towns));
        assertEquals(0, other.sourceRight(), "a pronoun coded as another actor than the name on the span");
        ActorScoreboard bare = new ActorScoreboard();
        bare.add(gold, List.of(event(it, towns)));
        assertEquals(0, bare.sourceRight(), "no mentions given: the pronoun's own characters only");
    }

    @Test
    void countryReading_takesTheCountryOfTheGoldSpan_andExcusesNoTargetOnlyWhereTheGoldNamesNoActor() {
        // "ICE returned a pendant to Russian authorities in Moscow.": target "Russian authorities in Moscow" [26, 55).
        String text = "ICE returned a pendant to Russian authorities in Moscow.";
        ActorSentence gold = new ActorSentence("c", LocalDate.of(2019, 1, 1), text, List.of(new Span(0, 3)),
                List.of(new Span(26, 55)), List.of());
        Actor ice = new Actor("USAGOV", "ICE", "ICE", "org:ICE", "test", 0, new Span(0, 3));
        Actor authorities = new Actor("RUSGOV", "Russian authorities", "Russia", "country:RUS", "test", 0, new Span(26, 45));
        Actor moscowOutside = new Actor("RUS", "Moscow", "Moscow", "place:1", "test", 0, new Span(56, 57));
        Actor china = new Actor("CHN", "China", "China", "country:CHN", "test", 0, new Span(56, 57));
        ActorScoreboard board = new ActorScoreboard();
        // A mention off the span but of the span's country: wrong by mention, right by country.
        board.add(gold, List.of(event(ice, moscowOutside)), List.of(ice, authorities));
        assertEquals(0, board.targetRight());
        assertEquals(1, board.targetCountryRight());
        assertEquals(1, board.bothCountriesRight());
        // Another country is wrong both ways; a missing target is wrong where the gold names an actor.
        board.add(gold, List.of(event(ice, china), event(ice, null)), List.of(ice, authorities));
        assertEquals(1, board.targetCountryRight());

        // "The European Commission accused the legislation of attacking civil society.": the target names no actor.
        String thing = "The European Commission accused the legislation of attacking civil society.";
        ActorSentence legislation = new ActorSentence("t", LocalDate.of(2019, 1, 1), thing, List.of(new Span(0, 23)),
                List.of(new Span(32, 47)), List.of());
        Actor commission = new Actor("IGOEUREEC", "European Commission", "EC", "org:EC", "test", 0, new Span(4, 23));
        ActorScoreboard things = new ActorScoreboard();
        things.add(legislation, List.of(event(commission, null)), List.of(commission));
        assertEquals(0, things.targetRight());
        assertEquals(1, things.bothCountriesRight());
        // A capitalised word in the gold target is a name, though no actor was coded on it.
        ActorSentence named = new ActorSentence("n", LocalDate.of(2019, 1, 1),
                "The European Commission accused the Orban legislation.", List.of(new Span(0, 23)),
                List.of(new Span(32, 53)), List.of());
        ActorScoreboard names = new ActorScoreboard();
        names.add(named, List.of(event(commission, null)), List.of(commission));
        assertEquals(0, names.targetCountryRight());
        assertTrue(names.report().contains("both countries"), names.report());
    }

    @Test
    void aTargetOfUnknownCountryOnTheGoldSpan_isRight_andCountedApart() {
        // "Erdogan accused Gulen of plotting.": target "Gulen" [16, 21), a name the registry does not know.
        ActorSentence gold = new ActorSentence("u", LocalDate.of(2019, 1, 1), "Erdogan accused Gulen of plotting.",
                List.of(new Span(0, 7)), List.of(new Span(16, 21)), List.of());
        Actor erdogan = new Actor("TURGOV", "Erdogan", "Erdogan", "person:erdogan", "test", 0, new Span(0, 7));
        Actor gulen = new Actor("---", "Gulen", "Gulen", "unknown:Gulen", "test", 0, new Span(16, 21));
        ActorScoreboard board = new ActorScoreboard();
        board.add(gold, List.of(event(erdogan, gulen)), List.of(erdogan));
        assertEquals(1, board.bothCountriesRight());
        assertEquals(1, board.bothRightUnknownCountry());
        assertTrue(board.report().contains("of which 1 with a target the registry does not know"), board.report());
    }

    @Test
    void everySentenceReading_scoresSentencesWithOneSideOrReciprocalActorsToo() {
        // "The Russian army shelled Ukrainian towns." marked with a source only: an event without a target is right.
        ActorSentence sourceOnly = new ActorSentence("s", GOLD.date(), GOLD.text(), List.of(new Span(0, 16)), List.of(),
                List.of());
        ActorScoreboard board = new ActorScoreboard();
        board.add(sourceOnly, List.of(event(actor(4, 11), null), event(actor(4, 11), actor(25, 40))));
        assertEquals(0, board.events(), "not scored by the sentences-with-both-spans reading");
        assertEquals(2, board.allEvents());
        assertEquals(1, board.allBothCountriesRight(), "a target where the gold marks none is wrong");
        // "Russia and Ukraine met." with both marked reciprocal: each side on a different reciprocal span.
        ActorSentence met = new ActorSentence("r", GOLD.date(), "Russia and Ukraine met.", List.of(), List.of(),
                List.of(new Span(0, 6), new Span(11, 18)));
        ActorScoreboard meeting = new ActorScoreboard();
        meeting.add(met, List.of(event(actor(0, 6), actor(11, 18)), event(actor(0, 6), actor(0, 6))));
        assertEquals(1, meeting.allBothCountriesRight(), "one's own mention is no target");
    }
}
