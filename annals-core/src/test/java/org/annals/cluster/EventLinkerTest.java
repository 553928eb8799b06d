package org.annals.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Span;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventLinkerTest {

    private static final String KEY = "COL|VEN|174|";

    private static EventMention day(String hash, int seq, String key, String date, String story) {
        LocalDate day = LocalDate.parse(date);
        MentionId id = new MentionId(hash, seq);
        return new EventMention(id, key, date, day, day, story, id);
    }

    @Test
    void key_isActorsCodeAndModality() {
        Actor col = new Actor("COL", "Colombia", "Colombia", "country:COL", "name", 0, new Span(0, 8));
        Actor ven = new Actor("VEN", "Venezuelan", "Venezuela", "country:VEN", "demonym", 0, new Span(22, 32));
        Event expel = new Event("a", col, Optional.of(ven), "174", "17", 4, -5.0,
                EventDate.ofDay(LocalDate.of(2019, 2, 26), "article date"), 0, new Span(0, 40), "expelled", "expel",
                Set.of(), Optional.empty(), Optional.empty());
        assertEquals(KEY, EventLinker.key(expel));
        Event refused = new Event("a", col, Optional.empty(), "174", "17", 4, -5.0,
                EventDate.ofDay(LocalDate.of(2019, 2, 26), "article date"), 0, new Span(0, 40), "expelled", "expel",
                Set.of(Modality.NEGATED, Modality.FUTURE), Optional.empty(), Optional.empty());
        assertEquals("COL||174|FUTURE,NEGATED", EventLinker.key(refused));
    }

    @Test
    void sameKeyAndDate_linkAcrossStories() {
        assertTrue(EventLinker.linked(day("a", 0, KEY, "2019-02-26", "a"), day("b", 0, KEY, "2019-02-26", "b")));
    }

    @Test
    void aDayApart_linksOnlyWithinAStory() {
        assertTrue(EventLinker.linked(day("a", 0, KEY, "2019-02-26", "s"), day("b", 0, KEY, "2019-02-27", "s")));
        assertFalse(EventLinker.linked(day("a", 0, KEY, "2019-02-26", "a"), day("b", 0, KEY, "2019-02-27", "b")));
        assertFalse(EventLinker.linked(day("a", 0, KEY, "2019-02-26", "s"), day("b", 0, KEY, "2019-02-28", "s")));
    }

    @Test
    void anotherKey_neverLinks() {
        assertFalse(EventLinker.linked(day("a", 0, KEY, "2019-02-26", "s"),
                day("b", 0, "COL|VEN|174|NEGATED", "2019-02-26", "s")));
        assertFalse(EventLinker.linked(day("a", 0, KEY, "2019-02-26", "s"), day("b", 0, "COL|VEN|1741|", "2019-02-26", "s")));
    }

    @Test
    void monthsAndYears_linkOnlyWhenTheSameValue() {
        MentionId a = new MentionId("a", 0);
        MentionId b = new MentionId("b", 0);
        EventMention year = new EventMention(a, KEY, "2017", LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31), "s", a);
        EventMention sameYear = new EventMention(b, KEY, "2017", LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31),
                "t", b);
        assertTrue(EventLinker.linked(year, sameYear));
        assertFalse(EventLinker.linked(year, day("c", 0, KEY, "2017-01-01", "s")));
    }

    @Test
    void merge_namesEachClusterAfterItsLeastMention() {
        List<EventMention> mentions = List.of(day("c", 0, KEY, "2019-02-26", "c"), day("b", 1, KEY, "2019-02-26", "b"),
                day("b", 0, "USA|VEN|163|", "2019-02-26", "b"));
        Map<MentionId, MentionId> merged = EventLinker.merge(mentions);
        assertEquals(new MentionId("b", 1), merged.get(new MentionId("c", 0)));
        assertEquals(new MentionId("b", 1), merged.get(new MentionId("b", 1)));
        assertEquals(new MentionId("b", 0), merged.get(new MentionId("b", 0)));
    }

    @Test
    void withinAStory_daysChain_butAcrossStoriesTheyDoNot() {
        List<EventMention> story = List.of(day("a", 0, KEY, "2019-02-26", "s"), day("b", 0, KEY, "2019-02-27", "s"),
                day("c", 0, KEY, "2019-02-28", "s"));
        assertEquals(Set.of(new MentionId("a", 0)), Set.copyOf(EventLinker.merge(story).values()));
        List<EventMention> apart = List.of(day("a", 0, KEY, "2019-02-26", "a"), day("b", 0, KEY, "2019-02-27", "b"),
                day("c", 0, KEY, "2019-02-28", "c"));
        assertEquals(3, Set.copyOf(EventLinker.merge(apart).values()).size());
    }

    @Test
    void merge_ofExistingClusters_keepsTheLeastName() {
        // Two stored clusters, named x:0 and y:0, each with a member on the new mention's day.
        MentionId x = new MentionId("x", 0);
        MentionId y = new MentionId("y", 0);
        MentionId fresh = new MentionId("a", 3);
        List<EventMention> mentions = List.of(
                new EventMention(new MentionId("z", 2), KEY, "2019-02-26", LocalDate.of(2019, 2, 26),
                        LocalDate.of(2019, 2, 26), "z", x),
                new EventMention(new MentionId("w", 1), KEY, "2019-02-26", LocalDate.of(2019, 2, 26),
                        LocalDate.of(2019, 2, 26), "w", y),
                new EventMention(fresh, KEY, "2019-02-26", LocalDate.of(2019, 2, 26), LocalDate.of(2019, 2, 26), "a",
                        fresh));
        Map<MentionId, MentionId> merged = EventLinker.merge(mentions);
        assertEquals(fresh, merged.get(x));
        assertEquals(fresh, merged.get(y));
        assertEquals(fresh, merged.get(fresh));
    }

    @Test
    void merge_doesNotDependOnTheOrderOfMentions() {
        List<EventMention> mentions = new ArrayList<>();
        String[] dates = {"2019-02-25", "2019-02-26", "2019-02-27", "2019-03-02", "2019-03-03"};
        String[] keys = {KEY, "VEN|COL|174|", KEY + "NEGATED"};
        for (int i = 0; i < 30; i++) {
            mentions.add(day("h" + (i % 11), i, keys[i % 3], dates[i % 5], "s" + (i % 4)));
        }
        Map<MentionId, MentionId> expected = EventLinker.merge(mentions);
        Random random = new Random(5);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(mentions, random);
            assertEquals(expected, EventLinker.merge(mentions));
        }
        assertNotEquals(1, Set.copyOf(expected.values()).size());
    }
}
