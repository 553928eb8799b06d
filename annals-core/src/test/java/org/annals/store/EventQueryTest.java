package org.annals.store;

import static org.annals.store.StoreFixtures.coded;
import static org.annals.store.StoreFixtures.day;
import static org.annals.store.StoreFixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.annals.model.Event;
import org.annals.model.EventDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventQueryTest {

    private static final Event THREAT = event("a1", "RUSGOV", Optional.of("UKRMIL"), "138", day(2019, 1, 22), 0);
    private static final Event MEETING = event("a1", "USAGOV", Optional.of("RUS"), "036",
            EventDate.ofYear(2017, "context-year"), 1);
    private static final Event ATTACK = event("b2", "UKR", Optional.empty(), "163",
            new EventDate("2018-03", LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31), "time-expression"), 0);
    private static final Event SANCTION = event("b2", "usa", Optional.empty(), "161", day(2018, 3, 15), 1);

    @TempDir
    Path dir;

    private EventStore store;

    @BeforeEach
    void fill() {
        store = EventStore.open(dir.resolve("events.duckdb"));
        store.save(coded("a1", "h1", List.of(THREAT, MEETING)));
        store.save(coded("b2", "h2", List.of(ATTACK, SANCTION)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void all_ordersByDateThenArticleSentenceAndCode() {
        assertEquals(List.of(MEETING, ATTACK, SANCTION, THREAT), store.events(EventQuery.all()));
    }

    @Test
    void actor_matchesSourceOrTargetPrefixIgnoringCase() {
        assertEquals(List.of(MEETING, SANCTION), store.events(EventQuery.all().withActor("usa")));
        assertEquals(List.of(MEETING, THREAT), store.events(EventQuery.all().withActor("RUS")));
        assertEquals(List.of(ATTACK, THREAT), store.events(EventQuery.all().withActor("UKR")));
        assertEquals(List.of(THREAT), store.events(EventQuery.all().withActor("UKRMIL")));
        assertEquals(List.of(), store.events(EventQuery.all().withActor("CHN")));
    }

    @Test
    void code_matchesPrefix() {
        assertEquals(List.of(ATTACK, SANCTION), store.events(EventQuery.all().withCode("16")));
        assertEquals(List.of(SANCTION), store.events(EventQuery.all().withCode("161")));
        assertEquals(List.of(MEETING), store.events(EventQuery.all().withCode("0")));
    }

    @Test
    void dateRange_keepsEventsWhoseIntervalOverlaps() {
        // The year 2017 overlaps the last day of 2017; the month 2018-03 overlaps its last day.
        assertEquals(List.of(MEETING),
                store.events(EventQuery.all().between(LocalDate.of(2017, 12, 31), LocalDate.of(2018, 2, 28))));
        assertEquals(List.of(ATTACK),
                store.events(EventQuery.all().between(LocalDate.of(2018, 3, 31), LocalDate.of(2018, 3, 31))));
        assertEquals(List.of(ATTACK, SANCTION),
                store.events(EventQuery.all().between(LocalDate.of(2018, 3, 15), LocalDate.of(2018, 3, 15))));
        assertEquals(List.of(THREAT), store.events(new EventQuery(Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2019, 1, 1)), Optional.empty(), Optional.empty(), 10)));
        assertEquals(List.of(MEETING), store.events(new EventQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(LocalDate.of(2017, 1, 1)), Optional.empty(), 10)));
    }

    @Test
    void criteria_combine() {
        assertEquals(List.of(SANCTION), store.events(EventQuery.all().withActor("USA").withCode("16")
                .between(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))));
    }

    @Test
    void limit_keepsTheFirstInOrder() {
        assertEquals(List.of(MEETING, ATTACK), store.events(EventQuery.all().withLimit(2)));
        assertEquals(List.of(THREAT), store.events(EventQuery.all().withActor("RUS").withCode("13").withLimit(1)));
    }

    @Test
    void invalidQueries_areRejectedQuotingTheValue() {
        IllegalArgumentException limit = assertThrows(IllegalArgumentException.class,
                () -> EventQuery.all().withLimit(0));
        assertEquals("limit must be positive, got 0", limit.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> EventQuery.all().between(LocalDate.of(2019, 1, 2), LocalDate.of(2019, 1, 1)));
    }
}
