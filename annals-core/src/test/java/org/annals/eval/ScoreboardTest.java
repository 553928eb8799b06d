package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

class ScoreboardTest {
    private static Event event(String source, String target, String code, boolean negated) {
        Actor s = new Actor(source, source, source, "test", "test", 0, new Span(0, 1));
        Actor t = new Actor(target, target, target, "test", "test", 0, new Span(2, 3));
        return new Event("a", s, Optional.of(t), code, code.substring(0, 2), 1, 0, EventDate.ofDay(LocalDate.of(2019, 1, 1), "t"),
                0, new Span(0, 3), "x", "x", negated ? Set.of(Modality.NEGATED) : Set.of(), Optional.empty(), Optional.empty());
    }

    @Test
    void rootAndCodeLevels_countSeparately() {
        Scoreboard board = new Scoreboard();
        board.add(List.of(new GoldEvent("USA", "VEN", "163")), List.of(event("USAGOV", "VENGOV", "161", false)));
        assertEquals(new Scoreboard.Counts(1, 0, 0), board.root());
        assertEquals(new Scoreboard.Counts(0, 1, 1), board.code());
        assertEquals(1.0, board.actorAccuracy());
        assertEquals(1.0, board.countryPairAccuracy());
    }

    @Test
    void refinedCode_countsAsRight_andNegatedEventsAreNoPrediction() {
        Scoreboard board = new Scoreboard();
        board.add(List.of(new GoldEvent("", "", "163")), List.of(event("USA", "VEN", "1631", false), event("USA", "VEN", "054", true)));
        assertEquals(new Scoreboard.Counts(1, 0, 0), board.code());
        assertEquals(new Scoreboard.Counts(1, 0, 0), board.root());
    }

    @Test
    void missesAndFalseAlarms_fillTheConfusionTable() {
        Scoreboard board = new Scoreboard();
        board.add(List.of(new GoldEvent("COL", "VEN", "174")), List.of());
        board.add(List.of(), List.of(event("RUS", "UKR", "190", false)));
        assertEquals(new Scoreboard.Counts(0, 1, 1), board.root());
        assertEquals(1, board.confusion(17, 0));
        assertEquals(1, board.confusion(0, 19));
        assertEquals(0.0, board.root().f1());
    }

    @Test
    void wrongActors_lowerActorAccuracy() {
        Scoreboard board = new Scoreboard();
        board.add(List.of(new GoldEvent("USA", "VEN", "054")), List.of(event("---GOV", "VENOPP", "054", false)));
        assertEquals(0.5, board.actorAccuracy());
        assertEquals(0.0, board.countryPairAccuracy());
    }

    @Test
    void groups_ofCameoRoots() {
        assertEquals(0, RootGroups.of("010"));
        assertEquals(1, RootGroups.of("054"));
        assertEquals(2, RootGroups.of("0841"));
        assertEquals(3, RootGroups.of("138"));
        assertEquals(4, RootGroups.of("190"));
        GroupScoreboard groups = new GroupScoreboard();
        groups.add(4, List.of(event("RUS", "UKR", "190", false)));
        groups.add(3, List.of());
        assertEquals(1.0, groups.precision());
        assertEquals(0.5, groups.recall());
    }
}
