package org.annals.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.annals.ingest.ContentHash;
import org.annals.model.Actor;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.SentenceText;
import org.annals.model.Span;
import org.annals.store.EventQuery;
import org.annals.store.EventStore;
import org.annals.store.StoredEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The world state folded from a store read as a stream equals the state derived from every event in memory, over a
 * store of several thousand made-up events (no NLP): most of them acts no state rule reads, the rest recognitions,
 * claimants, relations, demands with their answers, sanctions and their lifting, in every modality.
 */
class StreamedStateTest {

    private static final int ARTICLES = 300;
    private static final int EVENTS_PER_ARTICLE = 15;
    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    private static final List<String> COUNTRIES = List.of("USA", "VEN", "COL", "BRA", "RUS", "CUB", "PRY");
    /** Codes no rule reads, and codes (with their rules) that the state is made of. */
    private static final List<String> BACKGROUND = List.of("010", "020", "036", "042", "043", "051", "057", "112", "130", "190");
    private static final List<String[]> BEARING = List.of(new String[] {"054", "recognize"},
            new String[] {"054", "withdraw-recognition"}, new String[] {"161", "break-ties"},
            new String[] {"161", "recall-ambassador"}, new String[] {"064", "restore-ties"}, new String[] {"174", "expel"},
            new String[] {"139", "ultimatum"}, new String[] {"125", "reject"}, new String[] {"128", "defy"},
            new String[] {"081", "comply"}, new String[] {"163", "sanction"}, new String[] {"085", "lift-sanctions"},
            new String[] {"172", "order"}, new String[] {"166", "expel-diplomats"});

    @TempDir
    static Path dir;
    private static Path file;

    @BeforeAll
    static void storeManyArticles() {
        file = dir.resolve("state.duckdb");
        Random random = new Random(2019);
        try (EventStore store = EventStore.open(file)) {
            for (int i = 0; i < ARTICLES; i++) {
                store.save(article(i, random));
            }
            assertEquals(ARTICLES * EVENTS_PER_ARTICLE, store.counts().events());
        }
    }

    private static Actor country(String code, int sentence) {
        return new Actor(code, code, code, "country:" + code, "test", sentence, new Span(0, 3));
    }

    private static Actor person(String entry, String code, String text, int sentence) {
        return new Actor(code, text, entry.substring(7), entry, "test", sentence, new Span(4, 4 + text.length()));
    }

    private static Actor anyone(Random random, int sentence) {
        return switch (random.nextInt(6)) {
            case 0 -> person("person:NICOLAS_MADURO", "VENGOV", "President Nicolás Maduro", sentence);
            case 1 -> person("person:JUAN_GUAIDO", "VENOPP", "interim president Juan Guaidó", sentence);
            case 2 -> person("person:DONALD_TRUMP", "USAGOV", "Trump", sentence);
            default -> country(COUNTRIES.get(random.nextInt(COUNTRIES.size())), sentence);
        };
    }

    private static CodedArticle article(int index, Random random) {
        String id = "a" + (index % 260);   // some ids recur, as file names do across feeds
        LocalDate date = FIRST.plusDays(random.nextInt(900));
        String text = "Article " + index + " of the streamed-state test.";
        List<SentenceText> sentences = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Actor> mentions = new ArrayList<>();
        for (int s = 0; s < EVENTS_PER_ARTICLE; s++) {
            sentences.add(new SentenceText(s, s, new Span(0, text.length()), "Sentence " + s + " of article " + index));
            boolean bearing = random.nextInt(5) == 0;
            String[] codeAndRule = bearing ? BEARING.get(random.nextInt(BEARING.size()))
                    : new String[] {BACKGROUND.get(random.nextInt(BACKGROUND.size())), "background"};
            Actor source = anyone(random, s);
            Optional<Actor> target = random.nextInt(8) == 0 ? Optional.empty() : Optional.of(anyone(random, s));
            Set<Modality> modality = EnumSet.noneOf(Modality.class);
            switch (random.nextInt(12)) {
                case 0 -> modality.add(Modality.NEGATED);
                case 1 -> modality.add(Modality.HYPOTHETICAL);
                case 2 -> modality.add(Modality.FUTURE);
                case 3 -> modality.add(Modality.REPORTED);
                default -> { }
            }
            LocalDate day = random.nextInt(4) == 0 ? date.minusDays(random.nextInt(60)) : date;
            Optional<LocalDate> deadline = codeAndRule[0].equals("174") ? Optional.of(day.plusDays(3)) : Optional.empty();
            String code = codeAndRule[0];
            events.add(new Event(id, source, target, code, code.substring(0, 2), 1 + random.nextInt(4), -2.0,
                    EventDate.ofDay(day, "article date"), s, new Span(0, text.length()), "did", codeAndRule[1], modality,
                    deadline, Optional.empty()));
            mentions.add(source);
            target.ifPresent(mentions::add);
        }
        Article article = new Article(id, "Headline " + index, date, text, "https://example.org/" + index,
                "in.jsonl:" + index, ContentHash.of(text));
        return new CodedArticle(article, "en", sentences, events, List.of(), mentions, List.of(), List.of());
    }

    @Test
    void streamedState_equalsTheStateOfEveryEventInMemory_keepingOnlyWhatItRestsOn() {
        WorldState inMemory;
        WorldStateBuilder builder = WorldState.builder();
        int mentionsRead;
        try (EventStore store = EventStore.open(file)) {
            List<Event> all = store.events(EventQuery.all());
            List<DatedMention> mentions = store.personMentions().stream()
                    .map(m -> new DatedMention(m.articleId(), m.articleDate(), m.actor())).toList();
            inMemory = WorldState.of(all, mentions);
            mentionsRead = mentions.size();
            store.forEachStoredEvent(EventQuery.all(), stored -> builder.add(stored.event()));
            store.forEachPersonMention(m -> builder.add(new DatedMention(m.articleId(), m.articleDate(), m.actor())));
        }
        WorldState streamed = builder.build();

        int nonEmpty = 0;
        for (String country : COUNTRIES) {
            for (int month = 0; month <= 32; month += 2) {
                LocalDate day = FIRST.plusMonths(month);
                CountryView expected = inMemory.country(country, day);
                assertEquals(expected, streamed.country(country, day), country + " on " + day);
                nonEmpty += expected.government().size() + expected.relations().size() + expected.demands().size()
                        + expected.sanctions().size() + expected.standings().size();
            }
            for (String other : COUNTRIES) {
                assertEquals(inMemory.dyad(country, other), streamed.dyad(country, other), country + "-" + other);
            }
        }
        // The comparison means something only if the state has facts of every kind.
        assertTrue(nonEmpty > 500, "too few facts to compare: " + nonEmpty);
        CountryView venezuela = inMemory.country("VEN", FIRST.plusMonths(30));
        assertFalse(venezuela.government().isEmpty() || venezuela.relations().isEmpty()
                || venezuela.demands().isEmpty() || venezuela.sanctions().isEmpty() || venezuela.standings().isEmpty(),
                venezuela.toString());

        assertEquals(ARTICLES * EVENTS_PER_ARTICLE, builder.eventsRead());
        assertTrue(builder.eventsKept() < builder.eventsRead() / 3,
                builder.eventsKept() + " of " + builder.eventsRead() + " events kept");
        // Three persons, each with one title: one mention each, however many articles repeat it.
        assertTrue(mentionsRead > 1000, mentionsRead + " mentions");
        assertEquals(2, builder.mentionsKept());
    }

    @Test
    void streamedEvents_comeInTheOrderAndWithTheClustersOfTheListedOnes() {
        try (EventStore store = EventStore.open(file)) {
            List<StoredEvent> streamed = new ArrayList<>();
            store.forEachStoredEvent(EventQuery.all(), streamed::add);
            assertEquals(store.storedEvents(EventQuery.all()), streamed);
            LocalDate previous = LocalDate.MIN;
            for (StoredEvent e : streamed) {
                assertFalse(e.event().date().from().isBefore(previous), "not in date order at " + e);
                previous = e.event().date().from();
            }
            // Reading the store from inside the stream would cut the stream short: refused.
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> store.forEachStoredEvent(EventQuery.all().withLimit(1), e -> store.counts()));
            assertTrue(refused.getMessage().contains("forEach"), refused.getMessage());
            assertEquals(ARTICLES, store.counts().articles(), "the store is usable after the refusal");
        }
    }
}
