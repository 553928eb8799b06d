package org.annals.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.model.Actor;
import org.annals.model.Span;
import org.annals.nlp.AnnotatedSentence;
import org.annals.nlp.AnnotatedText;
import org.annals.nlp.SentenceGraph;
import org.annals.nlp.Token;

/**
 * Codes the actors of a document the CAMEO way: country (or organisation) plus sector.
 *
 * <p>Design note: the order in which evidence wins.
 * <ol>
 *   <li>A mention that names both a country and a role ("Venezuelan opposition leader Juan Guaidó",
 *   "U.S. diplomats") is coded from its own words: the text is the freshest evidence there is.</li>
 *   <li>A person known to the registry gets the role valid on the article date ("Trump" is {@code USAGOV}
 *   in 2019, {@code USAELI} in 2022).</li>
 *   <li>A later mention of a person seen before (the surname alone, a pronoun, "the president") gets the
 *   code of the earlier mention, and says which one.</li>
 *   <li>A role word with no country ("protesters") takes the country of a place in the same phrase ("in a
 *   Caracas slum"), else, for domestic roles, the country the article is about; "international leaders"
 *   stay unspecified ({@code ---GOV}).</li>
 * </ol>
 * A mention with no evidence for a code is not an actor: no default code is ever invented.
 *
 * <p>Thread-safe: all per-document state lives in a {@link Resolution} made for each call.
 */
public final class ActorResolver {
    private static final Set<String> NOT_HEAD = Set.of("compound", "flat", "amod", "det", "case", "fixed",
            "nummod", "punct", "cc", "mark", "aux", "cop", "advmod");
    private static final Set<String> THIRD_SINGULAR = Set.of("he", "him", "she", "her");
    private static final Set<String> THIRD_PLURAL = Set.of("they", "them");
    /** Sectors whose unnamed members are most likely of the country the article is about. */
    private static final Set<String> DOMESTIC_SECTORS = Set.of("CVL", "OPP", "REB", "COP", "MIL", "LEG", "JUD",
            "LAB", "EDU", "BUS", "REL", "AGR", "CRM", "UAF", "HLH", "REF", "SPY", "ELI", "ENV");
    private static final String UNKNOWN = "---";

    private final ActorRegistry registry;
    private final Places places;

    public ActorResolver(ActorRegistry registry) {
        this.registry = registry;
        this.places = new Places(registry);
    }

    /** Codes every actor mention of {@code text}, an article of {@code date}. */
    public DocumentActors resolve(AnnotatedText text, LocalDate date) {
        DocumentActors actors = new DocumentActors(places.focusCountries(text));
        Resolution resolution = new Resolution(actors, date);
        for (AnnotatedSentence sentence : text.sentences()) {
            SentenceGraph graph = new SentenceGraph(sentence);
            for (Token token : sentence.tokens()) {
                if (isMentionHead(graph, token)) {
                    actors.put(sentence.index(), token.index(), resolution.resolve(graph, token.index()));
                }
            }
        }
        return actors;
    }

    private static boolean isMentionHead(SentenceGraph graph, Token token) {
        if (!token.isNoun() && !token.tag().equals("PRP")) {
            return false;
        }
        return !NOT_HEAD.contains(graph.primaryEdge(token.index()).baseRelation());
    }

    /** The state of resolving one document: who has been mentioned, by what name and title. */
    private final class Resolution {
        private final DocumentActors actors;
        private final LocalDate date;
        private final Map<String, Actor> personsBySurname = new HashMap<>();
        private final List<Titled> titledPersons = new ArrayList<>();
        private final List<Actor> personHistory = new ArrayList<>();

        private record Titled(String title, Actor actor) {
        }

        Resolution(DocumentActors actors, LocalDate date) {
            this.actors = actors;
            this.date = date;
        }

        List<Actor> resolve(SentenceGraph graph, int head) {
            Token token = graph.token(head);
            if (token.tag().equals("PRP")) {
                return pronoun(graph, head);
            }
            MentionPhrase phrase = MentionPhrase.of(graph, head, registry);
            Optional<Actor> actor = phrase.personName().isPresent()
                    ? person(graph, head, phrase)
                    : group(graph, head, phrase);
            actor.ifPresent(a -> {
                if (phrase.personName().isPresent()) {
                    personHistory.add(a);
                }
            });
            return actor.map(List::of).orElse(List.of());
        }

        private Optional<Actor> person(SentenceGraph graph, int head, MentionPhrase phrase) {
            String name = phrase.personName().orElseThrow();
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            Span span = spanOf(graph, phrase.tokens());
            String text = words(graph, phrase.tokens());
            int sentence = graph.sentence().index();
            TextCode fromText = textCode(graph, head, phrase);
            Optional<RegistryEntry> entry = knownPerson(name, surname);
            Actor previous = personsBySurname.get(Names.normalize(surname));
            Actor result;
            if (fromText.complete() && !phrase.former()) {
                result = new Actor(fromText.code(), text, previous != null ? previous.name() : name,
                        entry.map(RegistryEntry::id).orElse("text:" + Names.normalize(name)),
                        "title and country in the mention: " + fromText.evidence(), sentence, span);
            } else if (entry.isPresent() && entry.get().codeOn(date).isPresent()) {
                result = new Actor(entry.get().codeOn(date).get(), text, entry.get().name(), entry.get().id(),
                        "registry role on " + date, sentence, span);
            } else if (previous != null) {
                result = new Actor(previous.code(), text, previous.name(), previous.entryId(),
                        "same person as '" + previous.text() + "' (sentence " + previous.sentence() + ")", sentence, span);
            } else if (fromText.sector().isPresent()) {
                String country = fromText.country().orElse(UNKNOWN);
                String sector = phrase.former() ? "ELI" : fromText.sector().get();
                result = new Actor(country + sector, text, name, "text:" + Names.normalize(name),
                        (phrase.former() ? "former office holder: " : "role in the mention: ") + fromText.evidence(),
                        sentence, span);
            } else {
                return Optional.empty();
            }
            if (previous == null || name.length() >= previous.name().length() || fromText.complete()) {
                personsBySurname.put(Names.normalize(surname), result);
            }
            phrase.sectorPhrase().ifPresent(title -> titledPersons.add(new Titled(Names.normalize(title), result)));
            return Optional.of(result);
        }

        private Optional<RegistryEntry> knownPerson(String name, String surname) {
            for (ActorRegistry.NameMatch match : registry.lookup(name)) {
                if (match.entry().kind() == RegistryEntry.Kind.PERSON) {
                    return Optional.of(match.entry());
                }
            }
            Actor previous = personsBySurname.get(Names.normalize(surname));
            if (previous != null && previous.entryId().startsWith("person:")) {
                for (RegistryEntry candidate : registry.personsWithSurname(surname)) {
                    if (candidate.id().equals(previous.entryId())) {
                        return Optional.of(candidate);
                    }
                }
            }
            // A bare surname may name the one registry person of that surname in office; a full name that no alias
            // matches ("Joao Silveira") is someone else, whoever shares the surname.
            if (previous == null && name.equals(surname)) {
                List<RegistryEntry> candidates = registry.personsWithSurname(surname).stream()
                        .filter(e -> e.codeOn(date).isPresent()).toList();
                // Former office holders share surnames with those in office (Ricardo and Nicolas Maduro): the
                // one person in office on the date wins; failing that, the one person at all.
                List<RegistryEntry> inOffice = candidates.stream()
                        .filter(e -> !e.codeOn(date).orElseThrow().endsWith("ELI")).toList();
                if (inOffice.size() == 1) {
                    return Optional.of(inOffice.get(0));
                }
                if (candidates.size() == 1) {
                    return Optional.of(candidates.get(0));
                }
            }
            return Optional.empty();
        }

        private Optional<Actor> group(SentenceGraph graph, int head, MentionPhrase phrase) {
            Span span = spanOf(graph, phrase.tokens());
            String text = words(graph, phrase.tokens());
            int sentence = graph.sentence().index();
            Optional<ActorRegistry.NameMatch> place = phrase.place();
            Token token = graph.token(head);
            if (place.isPresent()) {
                ActorRegistry.NameMatch match = place.get();
                if (match.kind() == ActorRegistry.NameKind.CAPITAL && phrase.sector().isEmpty() && !isArgument(graph, head)) {
                    return Optional.empty();
                }
                String sector = phrase.sector().orElse("");
                if (sector.isEmpty() && match.kind() == ActorRegistry.NameKind.ADJECTIVE && token.isNoun()
                        && Names.normalize(token.word()).equals(Names.normalize(match.phrase()))) {
                    sector = "CVL";
                }
                if (sector.isEmpty() && match.kind() == ActorRegistry.NameKind.CAPITAL) {
                    sector = "GOV";
                }
                if (sector.isEmpty() && match.kind() == ActorRegistry.NameKind.ADJECTIVE) {
                    return Optional.empty();
                }
                String code = combine(match.entry(), sector);
                return Optional.of(new Actor(code, text, match.entry().name(), match.entry().id(),
                        describe(match, phrase), sentence, span));
            }
            if (phrase.sector().isEmpty()) {
                return Optional.empty();
            }
            String sector = phrase.sector().get();
            Optional<Actor> owner = personModifier(graph, head);
            if (owner.isPresent()) {
                Actor o = owner.get();
                // The entry is the person's: "the Maduro regime" stands for Maduro's government.
                return Optional.of(new Actor(o.country() + sector, text, o.name(), o.entryId(),
                        "role '" + phrase.sectorPhrase().orElse("") + "' of " + o.text() + " (" + o.code() + ")",
                        sentence, span));
            }
            String title = Names.normalize(phrase.sectorPhrase().orElse(""));
            if (isDefiniteSingular(graph, head)) {
                for (int i = titledPersons.size() - 1; i >= 0; i--) {
                    Titled t = titledPersons.get(i);
                    if (t.title().endsWith(Names.normalize(token.word()))) {
                        Actor a = t.actor();
                        return Optional.of(new Actor(a.code(), text, a.name(), a.entryId(),
                                "'" + text + "' refers back to '" + a.text() + "' (sentence " + a.sentence() + ")",
                                sentence, span));
                    }
                }
            }
            if (phrase.unspecifiedForeign()) {
                return Optional.of(new Actor(UNKNOWN + sector, text, text, "text:" + title,
                        "role '" + title + "' of unspecified foreign countries", sentence, span));
            }
            Optional<ActorRegistry.NameMatch> nearby = places.near(graph, head);
            if (nearby.isPresent()) {
                return Optional.of(new Actor(nearby.get().entry().code() + sector, text, text, "text:" + title,
                        "role '" + title + "' in " + nearby.get().phrase(), sentence, span));
            }
            if (DOMESTIC_SECTORS.contains(sector) && !actors.focusCountry().equals(UNKNOWN)) {
                return Optional.of(new Actor(actors.focusCountry() + sector, text, text, "text:" + title,
                        "role '" + title + "', country the article is about (" + actors.focusCountry() + ")",
                        sentence, span));
            }
            return Optional.of(new Actor(UNKNOWN + sector, text, text, "text:" + title,
                    "role '" + title + "', country not given", sentence, span));
        }

        /** "the Maduro regime", "his regime": a person seen before who modifies a role word lends it a country. */
        private Optional<Actor> personModifier(SentenceGraph graph, int head) {
            for (var edge : graph.edgesFrom(head)) {
                String rel = edge.relation();
                Token t = graph.token(edge.dependent());
                if (rel.equals("compound") && "PERSON".equals(t.ner())) {
                    Actor known = personsBySurname.get(Names.normalize(t.word()));
                    if (known != null && !known.country().equals(UNKNOWN)) {
                        return Optional.of(known);
                    }
                }
                if (rel.equals("nmod:poss") && THIRD_SINGULAR.contains(t.lemma()) && !personHistory.isEmpty()) {
                    Actor last = personHistory.get(personHistory.size() - 1);
                    if (graph.sentence().index() - last.sentence() <= 1 && !last.country().equals(UNKNOWN)) {
                        return Optional.of(last);
                    }
                }
            }
            return Optional.empty();
        }

        private List<Actor> pronoun(SentenceGraph graph, int head) {
            String lemma = graph.token(head).lemma();
            int sentence = graph.sentence().index();
            Span span = graph.token(head).span();
            String word = graph.token(head).word();
            if (THIRD_PLURAL.contains(lemma) || lemma.equals("it")) {
                // "Peru said it will not obey", "they announced that they recognize": the subject of the
                // clause that reports this one.
                for (int clause : graph.governors(head, "nsubj")) {
                    for (int up : graph.governors(clause, "ccomp")) {
                        List<Actor> found = new ArrayList<>();
                        for (int subject : graph.children(up, "nsubj")) {
                            for (Actor a : actors.at(sentence, subject)) {
                                if (lemma.equals("it") && a.entryId().startsWith("person:")) {
                                    continue;
                                }
                                found.add(rebind(a, word, span, sentence, "'" + word + "' = the subject of '"
                                        + graph.token(up).word() + "'"));
                            }
                        }
                        if (!found.isEmpty()) {
                            return found;
                        }
                    }
                }
                return List.of();
            }
            if (THIRD_SINGULAR.contains(lemma) && !personHistory.isEmpty()) {
                Actor last = personHistory.get(personHistory.size() - 1);
                if (sentence - last.sentence() <= 3) {
                    Actor a = rebind(last, word, span, sentence, "'" + word + "' = the last person named, '"
                            + last.text() + "' (sentence " + last.sentence() + ")");
                    personHistory.add(a);
                    return List.of(a);
                }
            }
            return List.of();
        }

        private TextCode textCode(SentenceGraph graph, int head, MentionPhrase phrase) {
            Optional<String> country = phrase.place().map(m -> m.entry().code());
            Optional<String> sector = phrase.sector();
            String evidence = phrase.tokens().isEmpty() ? "" : words(graph, phrase.tokens());
            for (int appos : graph.children(head, "appos")) {
                MentionPhrase described = MentionPhrase.of(graph, appos, registry);
                if (sector.isEmpty()) {
                    sector = described.sector();
                }
                if (graph.hasChild(appos, "acl", l -> l.equals("protest") || l.equals("demonstrate") || l.equals("march"))) {
                    sector = Optional.of("CVL");
                }
                if (country.isEmpty()) {
                    country = described.place().map(m -> m.entry().code()).or(() -> places.near(graph, appos).map(m -> m.entry().code()));
                }
                evidence = evidence + ", " + words(graph, graph.subtree(appos, List.of()));
            }
            return new TextCode(country, sector, evidence);
        }

        private Actor rebind(Actor a, String word, Span span, int sentence, String reason) {
            return new Actor(a.code(), word, a.name(), a.entryId(), reason, sentence, span);
        }
    }

    /** A code read from the words of a mention and its appositions. */
    private record TextCode(Optional<String> country, Optional<String> sector, String evidence) {
        boolean complete() {
            return country.isPresent() && sector.isPresent();
        }

        String code() {
            return country.orElse(UNKNOWN) + sector.orElse("");
        }
    }

    /**
     * "Caracas said", "sanctions on Caracas": a capital stands for its government as a subject or as what
     * something is against or on; "leave Caracas" and "in Caracas" are places.
     */
    private static boolean isArgument(SentenceGraph graph, int head) {
        String relation = graph.primaryEdge(head).relation();
        return relation.startsWith("nsubj") || relation.endsWith(":against") || relation.endsWith(":on")
                && !graph.hasChild(head, "det", l -> true);
    }

    private static boolean isDefiniteSingular(SentenceGraph graph, int head) {
        Token token = graph.token(head);
        return (token.tag().equals("NN") || token.tag().equals("NNP")) && graph.hasChild(head, "det", "the"::equals);
    }

    private static String combine(RegistryEntry entry, String sector) {
        if (entry.kind() == RegistryEntry.Kind.ORGANIZATION || sector.isEmpty()) {
            return entry.code();
        }
        return entry.code() + sector;
    }

    private static String describe(ActorRegistry.NameMatch match, MentionPhrase phrase) {
        String how = switch (match.kind()) {
            case NAME -> "name";
            case ADJECTIVE -> "demonym";
            case CAPITAL -> "capital";
        };
        return how + " '" + match.phrase() + "' (" + match.entry().name() + ")"
                + phrase.sectorPhrase().map(s -> " + role '" + s + "'").orElse("");
    }

    private static Span spanOf(SentenceGraph graph, List<Integer> tokens) {
        int begin = Integer.MAX_VALUE;
        int end = 0;
        for (int t : tokens) {
            if (graph.token(t).tag().equals("DT") || graph.token(t).tag().equals("POS")) {
                continue;
            }
            begin = Math.min(begin, graph.token(t).span().begin());
            end = Math.max(end, graph.token(t).span().end());
        }
        return begin == Integer.MAX_VALUE ? graph.token(tokens.get(0)).span() : new Span(begin, end);
    }

    private static String words(SentenceGraph graph, List<Integer> tokens) {
        List<Integer> kept = tokens.stream().filter(t -> !graph.token(t).tag().equals("DT")
                && !graph.token(t).tag().equals("POS")).toList();
        return MentionPhrase.join(graph, kept.isEmpty() ? tokens : kept);
    }
}
