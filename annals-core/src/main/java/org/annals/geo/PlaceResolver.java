package org.annals.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.actors.ActorRegistry;
import org.annals.actors.DocumentActors;
import org.annals.actors.RegistryEntry;
import org.annals.model.Actor;
import org.annals.model.Place;
import org.annals.model.Span;
import org.annals.nlp.AnnotatedSentence;
import org.annals.nlp.AnnotatedText;
import org.annals.nlp.Token;

/**
 * Finds the cities and regions a document names and decides which namesake each one is.
 *
 * <p>Design note. A place mention is a run of tokens the NER calls LOCATION whose words name a place of the
 * gazetteer (the longest match wins). The evidence for a namesake is read from the rest of the sentence, never
 * from the mention itself ("Santiago" is Chile's capital, which must not make Chile the evidence for Santiago):
 * <ol>
 * <li>a region the sentence names that contains the namesake ("Paris, Texas", "Valencia, Carabobo");</li>
 * <li>a country the sentence names, through an actor, a country name, demonym or capital, or a place whose
 *     namesakes all lie in that country ("Maracaibo");</li>
 * <li>the country the article is about;</li>
 * <li>a capital;</li>
 * <li>the most populous namesake, if it is big enough (100,000 people) to be news on its own.</li>
 * </ol>
 * Within a step the most populous namesake wins, but a bare name is the city where a city and a region of that
 * name share a country ("New York", "Kabul"), and a region word by the name ("Zulia state", "the state of
 * Georgia") makes it the region. A name that is also a country's name ("Georgia",
 * "Lebanon") names that country, which is no gazetteer place; it becomes a namesake elsewhere only on evidence
 * from the sentence (steps 1 and 2) or a region word, so Georgia is the US state in "Atlanta, Georgia" and the
 * country in "Russian troops entered Georgia". City-states whose capital has the country's name (Singapore)
 * are cities as before. No location is better than a wrong one. Thread-safe.
 */
public final class PlaceResolver {
    private static final long NEWSWORTHY = 100_000;
    private static final Set<String> REGION_WORDS = Set.of("state", "province", "region", "governorate", "oblast",
            "krai", "prefecture", "territory", "department", "emirate", "canton", "voivodeship");

    private final Gazetteer gazetteer;
    private final ActorRegistry registry;

    /** A resolver over this gazetteer; the registry tells which names are countries' names. */
    public PlaceResolver(Gazetteer gazetteer, ActorRegistry registry) {
        this.gazetteer = gazetteer;
        this.registry = registry;
    }

    /** A name found in a sentence, with every namesake, before one is chosen. */
    private record Candidate(int from, int length, String words, List<Place> namesakes, Optional<String> namedCountry,
                             boolean regionWord) {
        boolean covers(int token) {
            return token >= from && token < from + length;
        }

        /** The one country all namesakes lie in, if there is one. */
        Optional<String> soleCountry() {
            String country = namesakes.get(0).country();
            return namesakes.stream().allMatch(p -> p.country().equals(country)) ? Optional.of(country) : Optional.empty();
        }
    }

    /** A country named somewhere in the sentence, by the tokens that name it. */
    private record CountryEvidence(int from, int length, String country) {
    }

    private record Choice(Place place, String reason) {
    }

    public DocumentPlaces resolve(AnnotatedText text, DocumentActors actors) {
        DocumentPlaces places = new DocumentPlaces();
        for (AnnotatedSentence sentence : text.sentences()) {
            List<Candidate> candidates = candidates(sentence.tokens());
            List<CountryEvidence> countries = countriesNamed(sentence, actors);
            for (Candidate c : candidates) {
                List<String> inView = new ArrayList<>();
                List<Place> regions = new ArrayList<>();
                for (CountryEvidence e : countries) {
                    if (e.from() + e.length() <= c.from() || e.from() >= c.from() + c.length()) {
                        inView.add(e.country());
                    }
                }
                for (Candidate other : candidates) {
                    if (other != c) {
                        other.soleCountry().ifPresent(inView::add);
                        other.namesakes().stream().filter(Gazetteer::isRegion).forEach(regions::add);
                    }
                }
                choose(c, regions, inView, actors.focusCountry()).ifPresent(choice -> {
                    List<Token> tokens = sentence.tokens();
                    Span span = new Span(tokens.get(c.from()).span().begin(),
                            tokens.get(c.from() + c.length() - 1).span().end());
                    places.add(new PlaceMention(sentence.index(), c.from(), c.length(), span, c.words(), choice.place(),
                            choice.reason()));
                });
            }
        }
        return places;
    }

    private List<Candidate> candidates(List<Token> tokens) {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!"LOCATION".equals(tokens.get(i).ner()) && !"O".equals(tokens.get(i).ner())) {
                continue;
            }
            int countryName = countryNameAt(tokens, i);
            for (int len = Math.min(gazetteer.longestName(), tokens.size() - i); len >= 1; len--) {
                if (len < countryName) {
                    // "Trinidad and Tobago" is a country; its words name no place of their own.
                    i += countryName - 1;
                    break;
                }
                if (!nameable(tokens, i, len)) {
                    continue;
                }
                String words = words(tokens, i, len);
                List<Place> namesakes = gazetteer.named(words);
                if (!namesakes.isEmpty()) {
                    found.add(new Candidate(i, len, words, namesakes, countryNamed(words), regionWordNear(tokens, i, len)));
                    i += len - 1;
                    break;
                }
            }
        }
        return found;
    }

    /** How many tokens from {@code from} are a country's name, 0 when none. */
    private int countryNameAt(List<Token> tokens, int from) {
        if (!registry.mayStartName(tokens.get(from).word())) {
            return 0;
        }
        for (int len = Math.min(registry.longestName(), tokens.size() - from); len >= 1; len--) {
            List<ActorRegistry.NameMatch> matches = registry.lookup(words(tokens, from, len));
            if (!matches.isEmpty() && matches.get(0).kind() == ActorRegistry.NameKind.NAME
                    && matches.get(0).entry().kind() == RegistryEntry.Kind.COUNTRY) {
                return len;
            }
        }
        return 0;
    }

    /**
     * True when these tokens may name a place: the NER calls them all LOCATION, or they are proper nouns it left
     * untagged that the registry knows as a capital (the NER model predates "Kyiv").
     */
    private boolean nameable(List<Token> tokens, int from, int len) {
        if (allLocation(tokens, from, len)) {
            return true;
        }
        for (int j = from; j < from + len; j++) {
            if (!"O".equals(tokens.get(j).ner()) || !tokens.get(j).isProperNoun()) {
                return false;
            }
        }
        return registry.lookup(words(tokens, from, len)).stream().anyMatch(m -> m.kind() == ActorRegistry.NameKind.CAPITAL);
    }

    /**
     * The country whose own name these words are ("Georgia", "Lebanon"; not an alias such as "Gaza" or
     * "Trinidad", which news also uses for the place itself), unless the country's capital has the same name
     * (Singapore): then they name a city too.
     */
    private Optional<String> countryNamed(String words) {
        List<ActorRegistry.NameMatch> matches = registry.lookup(words);
        if (matches.isEmpty() || matches.get(0).kind() != ActorRegistry.NameKind.NAME
                || matches.get(0).entry().kind() != RegistryEntry.Kind.COUNTRY
                || !Gazetteer.key(matches.get(0).entry().name()).equals(Gazetteer.key(words))) {
            return Optional.empty();
        }
        String country = matches.get(0).entry().code();
        boolean alsoItsCapital = matches.stream().anyMatch(m -> m.kind() == ActorRegistry.NameKind.CAPITAL
                && m.entry().code().equals(country));
        return alsoItsCapital ? Optional.empty() : Optional.of(country);
    }

    /** "Zulia state", "Lagos State", "the province of Córdoba". */
    private static boolean regionWordNear(List<Token> tokens, int from, int len) {
        int after = from + len;
        if (after < tokens.size() && REGION_WORDS.contains(tokens.get(after).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return from >= 2 && tokens.get(from - 1).word().equalsIgnoreCase("of")
                && REGION_WORDS.contains(tokens.get(from - 2).word().toLowerCase(Locale.ROOT));
    }

    /** Countries the sentence names: its actors, and the country names, demonyms and capitals in its words. */
    private List<CountryEvidence> countriesNamed(AnnotatedSentence sentence, DocumentActors actors) {
        List<CountryEvidence> found = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (Token t : tokens) {
            for (Actor a : actors.at(sentence.index(), t.index())) {
                // Persons carry their country in the registry ("Maduro"); other actors were placed by the words
                // read below, or by the very place being resolved ("protesters in Tripoli").
                if (a.entryId().startsWith("person:") && !a.country().equals("---")) {
                    found.add(new CountryEvidence(t.index(), 1, a.country()));
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!registry.mayStartName(tokens.get(i).word())) {
                continue;
            }
            for (int len = Math.min(registry.longestName(), tokens.size() - i); len >= 1; len--) {
                List<ActorRegistry.NameMatch> matches = registry.lookup(words(tokens, i, len));
                if (!matches.isEmpty() && matches.get(0).entry().kind() == RegistryEntry.Kind.COUNTRY) {
                    found.add(new CountryEvidence(i, len, matches.get(0).entry().code()));
                    i += len - 1;
                    break;
                }
            }
        }
        return found;
    }

    private Optional<Choice> choose(Candidate c, List<Place> regionsInSentence, List<String> inView, String focus) {
        List<Place> namesakes = c.namesakes();
        if (c.namedCountry().isPresent() && !c.regionWord()) {
            // A country's name: another place of that name only on the sentence's own evidence.
            String country = c.namedCountry().get();
            namesakes = namesakes.stream().filter(p -> !p.country().equals(country)).toList();
        }
        Optional<Choice> choice = pick(c, namesakes, p -> regionsInSentence.stream().anyMatch(r -> gazetteer.contains(r, p)),
                "region named in the sentence");
        if (choice.isEmpty()) {
            choice = pick(c, namesakes, p -> inView.contains(p.country()), "country named in the sentence");
        }
        if (choice.isEmpty() && c.namedCountry().isPresent() && !c.regionWord()) {
            return Optional.empty();
        }
        if (choice.isEmpty()) {
            choice = pick(c, namesakes, p -> p.country().equals(focus), "article focus");
        }
        if (choice.isEmpty()) {
            choice = pick(c, namesakes, p -> p.featureCode().equals("PPLC"), "capital");
        }
        if (choice.isEmpty()) {
            choice = pick(c, namesakes, p -> true, "most populous").filter(ch -> ch.place().population() >= NEWSWORTHY);
        }
        return choice;
    }

    /**
     * The most populous namesake that passes; a region only when a region word stands by the name or no city of
     * that name in the region's country passes ("Valencia" in Spain is the city, "Ontario" the province).
     */
    private static Optional<Choice> pick(Candidate c, List<Place> namesakes, Predicate<Place> test, String reason) {
        List<Place> passing = namesakes.stream().filter(test).toList();
        if (passing.isEmpty()) {
            return Optional.empty();
        }
        Place best = passing.get(0);
        if (c.regionWord()) {
            best = passing.stream().filter(Gazetteer::isRegion).findFirst().orElse(best);
        } else if (Gazetteer.isRegion(best)) {
            String country = best.country();
            best = passing.stream().filter(p -> !Gazetteer.isRegion(p) && p.country().equals(country)).findFirst().orElse(best);
        }
        return Optional.of(new Choice(best, reason));
    }

    private static boolean allLocation(List<Token> tokens, int from, int len) {
        for (int j = from; j < from + len; j++) {
            if (!"LOCATION".equals(tokens.get(j).ner())) {
                return false;
            }
        }
        return true;
    }

    private static String words(List<Token> tokens, int from, int len) {
        StringBuilder b = new StringBuilder();
        for (int j = from; j < from + len; j++) {
            b.append(j > from ? " " : "").append(tokens.get(j).word());
        }
        return b.toString();
    }
}
