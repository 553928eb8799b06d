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
 *   <li>A role word with no country ("protesters", "lawmaker Tomas Velarde") takes the country of a place in
 *   the same phrase or clause ("in a Caracas slum"), else, for domestic roles, the country the article is
 *   about; "international leaders" stay unspecified ({@code ---GOV}). Titles and countries are read from the
 *   name's phrase and its appositions ({@link TextEvidence}).</li>
 * </ol>
 * A mention with no evidence for a code is not an actor: no default code is ever invented.
 *
 * <p>A person or organisation the registry does not list is still recorded, as an
 * {@link org.annals.model.UnknownName}, whether the text gave it a code or not: that is how the registry
 * learns ({@code annals actors unknown}). An organisation coded from its words ("the Venezuelan Workers'
 * Union") gets a {@code text:} entry id and its own name, like a person coded from a title. An organisation
 * whose name is only registry names and role words ("Venezuelan Army", "National Assembly") is no new name.
 *
 * <p>Thread-safe: all per-document state lives in a {@link Resolution} made for each call.
 */
public final class ActorResolver {
    /** Verbs of going somewhere: their object or destination is a place, even when it is a capital. */
    private static final Set<String> MOTION = Set.of("leave", "enter", "reach", "arrive", "flee", "return", "travel",
            "fly", "head", "depart", "move", "go", "come", "march", "drive", "evacuate", "relocate", "tour", "land",
            "storm", "besiege", "encircle", "surround", "capture", "seize", "liberate", "bomb", "shell", "attack",
            "hit", "strike", "target");
    private static final Set<String> NOT_HEAD = Set.of("compound", "flat", "amod", "det", "case", "fixed",
            "nummod", "punct", "cc", "mark", "aux", "cop", "advmod");
    /** Sectors whose unnamed members are most likely of the country the article is about. */
    private static final Set<String> DOMESTIC_SECTORS = Set.of("CVL", "OPP", "REB", "COP", "MIL", "LEG", "JUD",
            "LAB", "EDU", "BUS", "REL", "AGR", "CRM", "UAF", "HLH", "REF", "SPY", "ELI", "ENV");
    private static final String UNKNOWN = Actor.UNKNOWN_COUNTRY;
    /** How an actor coded from a region's name says so in its reason ({@link #namesARegion}). */
    private static final String REGION = "region";

    private final ActorRegistry registry;
    private final Places places;
    private final TextEvidence evidence;

    public ActorResolver(ActorRegistry registry) {
        this.registry = registry;
        this.places = new Places(registry);
        this.evidence = new TextEvidence(registry, places);
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
        actors.unknown(resolution.ledger.names());
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
        private final NameLedger ledger = new NameLedger();

        private record Titled(String title, Actor actor) {
        }

        Resolution(DocumentActors actors, LocalDate date) {
            this.actors = actors;
            this.date = date;
        }

        List<Actor> resolve(SentenceGraph graph, int head) {
            Token token = graph.token(head);
            if (token.tag().equals("PRP")) {
                return Pronouns.resolve(graph, head, actors, personHistory);
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
            Span span = MentionPhrase.spanOf(graph, phrase.tokens());
            String text = MentionPhrase.words(graph, phrase.tokens());
            int sentence = graph.sentence().index();
            TextEvidence.TextCode fromText = evidence.read(graph, head, phrase);
            Optional<RegistryEntry> entry = knownPerson(name, surname);
            Actor previous = personsBySurname.get(Names.normalize(surname));
            Actor result;
            if (fromText.complete() && !phrase.former()) {
                result = new Actor(fromText.code(), text, previous != null ? previous.name() : name,
                        entry.map(RegistryEntry::id).orElse("text:" + Names.normalize(name)),
                        "title and country in the mention: " + fromText.evidence(), sentence, span);
            } else if (entry.isPresent() && entry.get().codeOn(date).isPresent()) {
                RegistryEntry e = entry.get();
                result = new Actor(e.codeOn(date).get(), text, e.name(), e.id(),
                        (e.roleOn(date).isPresent() ? "registry role on " + date : "registry code") + layerOf(e),
                        sentence, span);
            } else if (previous != null) {
                result = new Actor(previous.code(), text, previous.name(), previous.entryId(),
                        "same person as '" + previous.text() + "' (sentence " + previous.sentence() + ")", sentence, span);
            } else if (fromText.sector().isPresent()) {
                result = fromRole(graph, head, phrase, fromText, entry, name, text, span);
            } else {
                if (entry.isEmpty() || stale(entry.get())) {
                    ledger.uncodedPerson(name, surname, entry.map(RegistryEntry::id), text, sentence, span);
                }
                return Optional.empty();
            }
            if (entry.isEmpty() && result.entryId().startsWith("text:")) {
                ledger.codedPerson(result, Optional.empty());
            } else if (entry.isPresent() && stale(entry.get())) {
                ledger.codedPerson(result, Optional.of(entry.get().id()));
            }
            if (previous == null || name.length() >= previous.name().length() || fromText.complete()) {
                personsBySurname.put(Names.normalize(surname), result);
            }
            phrase.sectorPhrase().ifPresent(title -> titledPersons.add(new Titled(Names.normalize(title), result)));
            return Optional.of(result);
        }

        /** A registry entry with no code on the article's date: the registry has gone stale for this person. */
        private boolean stale(RegistryEntry entry) {
            return entry.codeOn(date).isEmpty();
        }

        /**
         * A title without a country ("lawmaker X", "Foreign Minister X"): the country of a place in the clause,
         * else, for a domestic role, the country the article is about, else unknown.
         */
        private Actor fromRole(SentenceGraph graph, int head, MentionPhrase phrase, TextEvidence.TextCode fromText,
                               Optional<RegistryEntry> entry, String name, String text, Span span) {
            String sector = phrase.former() ? "ELI" : fromText.sector().get();
            String reason = (phrase.former() ? "former office holder: " : "role in the mention: ") + fromText.evidence();
            String country = UNKNOWN;
            if (fromText.country().isPresent()) {
                country = fromText.country().get();
            } else {
                Optional<ActorRegistry.NameMatch> nearby = places.near(graph, head);
                if (nearby.isPresent()) {
                    country = nearby.get().entry().code();
                    reason += ", in " + nearby.get().phrase();
                } else if (DOMESTIC_SECTORS.contains(sector) && !actors.focusCountry().equals(UNKNOWN)) {
                    country = actors.focusCountry();
                    reason += ", country the article is about (" + country + ")";
                }
            }
            // A registry person with no role that day ("former leader Hugo Chavez") keeps the registry's id.
            return new Actor(country + sector, text, entry.map(RegistryEntry::name).orElse(name),
                    entry.map(RegistryEntry::id).orElse("text:" + Names.normalize(name)), reason,
                    graph.sentence().index(), span);
        }

        private Optional<RegistryEntry> knownPerson(String name, String surname) {
            List<ActorRegistry.NameMatch> matches = registry.lookup(name);
            for (ActorRegistry.NameMatch match : matches) {
                if (match.entry().kind() == RegistryEntry.Kind.PERSON) {
                    return Optional.of(match.entry());
                }
            }
            // An imported dictionary lists many people under one fixed code, as it lists organisations.
            for (ActorRegistry.NameMatch match : matches) {
                if (match.entry().kind() == RegistryEntry.Kind.ORGANIZATION) {
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
            if (previous == null && !name.contains(" ")) {
                // A surname alone names the one person in office that day (a dated role other than ELI: Ricardo and
                // Nicolas Maduro share a surname); failing that, the one person holding any dated role, then the one
                // with any code (imported dictionaries give many people an undated code). A full name the registry
                // does not list is someone else: "Gladys Ibarra" is not Abelardo Colome Ibarra.
                List<RegistryEntry> all = registry.personsWithSurname(surname);
                List<RegistryEntry> holding = all.stream().filter(e -> e.roleOn(date).isPresent()).toList();
                List<RegistryEntry> inOffice = holding.stream()
                        .filter(e -> !e.codeOn(date).orElse("ELI").endsWith("ELI")).toList();
                if (inOffice.size() == 1) {
                    return Optional.of(inOffice.get(0));
                }
                if (holding.size() == 1) {
                    return Optional.of(holding.get(0));
                }
                List<RegistryEntry> coded = all.stream().filter(e -> e.codeOn(date).isPresent()).toList();
                if (holding.isEmpty() && coded.size() == 1) {
                    return Optional.of(coded.get(0));
                }
            }
            return Optional.empty();
        }

        /**
         * Groups, places and organisations; an organisation the registry does not list is recorded, and a later,
         * shorter mention of it ("the Post") takes its name and code.
         */
        private Optional<Actor> group(SentenceGraph graph, int head, MentionPhrase phrase) {
            Optional<Actor> coded = groupCode(graph, head, phrase);
            Optional<String> organization = phrase.organizationName(graph);
            if (organization.isPresent() && coded.isPresent() && !registry.lookup(organization.get()).isEmpty()) {
                ledger.listedOrganization(organization.get(), coded.get());
            }
            if (organization.isEmpty() || !registry.lookup(organization.get()).isEmpty()
                    || phrase.names().stream().anyMatch(m -> m.entry().kind() == RegistryEntry.Kind.ORGANIZATION)
                    || phrase.organizationIsComposite(graph) || inRoleOfGovernor(graph, head)) {
                return coded;
            }
            String text = MentionPhrase.words(graph, phrase.tokens());
            Span span = MentionPhrase.spanOf(graph, phrase.tokens());
            if (coded.isEmpty()) {
                // "Fedecamaras, Venezuela's business lobby": an apposition may say what the organisation is.
                TextEvidence.TextCode fromText = evidence.read(graph, head, phrase);
                if (fromText.complete()) {
                    coded = Optional.of(new Actor(fromText.code(), text, organization.get(), "text:",
                            "country and role in the text: " + fromText.evidence(), graph.sentence().index(), span));
                }
            }
            return ledger.organization(organization.get(), text, coded, graph.sentence().index(), span);
        }

        private Optional<Actor> groupCode(SentenceGraph graph, int head, MentionPhrase phrase) {
            Span span = MentionPhrase.spanOf(graph, phrase.tokens());
            String text = MentionPhrase.words(graph, phrase.tokens());
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
                    // "Iranian sites" is no actor, but a thing of Iran's, which an act can be aimed at.
                    match.entry().codeOn(date).filter(c -> match.entry().kind() == RegistryEntry.Kind.COUNTRY)
                            .ifPresent(c -> actors.thing(sentence, head, new Actor(c, text, match.entry().name(),
                                    match.entry().id(), "demonym '" + match.phrase() + "' (" + match.entry().name()
                                    + ") on '" + token.word() + "', a thing of that country", sentence, span)));
                    return Optional.empty();
                }
                Optional<String> own = match.entry().codeOn(date);
                if (own.isEmpty()) {
                    return Optional.empty();
                }
                String code = match.entry().kind() == RegistryEntry.Kind.ORGANIZATION ? own.get() : own.get() + sector;
                return Optional.of(new Actor(code, text, match.entry().name(), match.entry().id(),
                        describe(match, phrase) + layerOf(match.entry()), sentence, span));
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

        /** "Secretary of State": an organisation that is part of its governor's role words is no actor of its own. */
        private boolean inRoleOfGovernor(SentenceGraph graph, int head) {
            int governor = graph.primaryEdge(head).governor();
            return governor >= 0 && MentionPhrase.of(graph, governor, registry).covered().contains(head);
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
                if (rel.equals("nmod:poss") && Pronouns.THIRD_SINGULAR.contains(t.lemma()) && !personHistory.isEmpty()) {
                    Actor last = personHistory.get(personHistory.size() - 1);
                    if (graph.sentence().index() - last.sentence() <= 1 && !last.country().equals(UNKNOWN)) {
                        return Optional.of(last);
                    }
                }
            }
            return Optional.empty();
        }

    }

    /**
     * "Caracas said", "sanctions on Caracas", "urged Washington", "talks with Moscow": a capital stands for its
     * government as a subject, as what something is against or on, as the object or partner of a verb that is not
     * one of going somewhere; "leave Caracas", "arrived in Caracas" and "flew to Moscow" are places.
     */
    private static boolean isArgument(SentenceGraph graph, int head) {
        var edge = graph.primaryEdge(head);
        String relation = edge.relation();
        if (relation.startsWith("nsubj") || relation.equals("nmod:poss")
                || (relation.endsWith(":against") || relation.endsWith(":on")) && !graph.hasChild(head, "det", l -> true)) {
            return true;
        }
        boolean partner = relation.equals("obj") || relation.equals("iobj") || relation.equals("obl:with")
                || relation.equals("obl:to") || relation.equals("nmod:with");
        return partner && edge.governor() >= 0 && graph.token(edge.governor()).isVerb()
                && !MOTION.contains(graph.token(edge.governor()).lemma());
    }

    private static boolean isDefiniteSingular(SentenceGraph graph, int head) {
        Token token = graph.token(head);
        return (token.tag().equals("NN") || token.tag().equals("NNP")) && graph.hasChild(head, "det", "the"::equals);
    }

    /** Where a non-built-in entry came from, for the reason: users checking their overlay want to see it used. */
    private static String layerOf(RegistryEntry entry) {
        return entry.source().startsWith("built-in") ? "" : " (" + entry.source() + ")";
    }

    /**
     * Whether {@code actor} was coded from the name of a region of its country ("Darfur", "Florida": {@code
     * actors/regions.tsv}): a place standing for the country, with the country's registry entry.
     */
    public static boolean namesARegion(Actor actor) {
        return actor.reason().startsWith(REGION + " '");
    }

    private static String describe(ActorRegistry.NameMatch match, MentionPhrase phrase) {
        String how = switch (match.kind()) {
            case NAME -> "name";
            case ADJECTIVE -> "demonym";
            case CAPITAL -> "capital";
            case REGION -> REGION;
        };
        return how + " '" + match.phrase() + "' (" + match.entry().name() + ")"
                + phrase.sectorPhrase().map(s -> " + role '" + s + "'").orElse("");
    }
}
