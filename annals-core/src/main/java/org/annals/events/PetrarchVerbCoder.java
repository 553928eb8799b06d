package org.annals.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.actors.DocumentActors;
import org.annals.geo.DocumentPlaces;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Place;
import org.annals.model.Quote;
import org.annals.nlp.AnnotatedSentence;
import org.annals.nlp.AnnotatedText;
import org.annals.nlp.SentenceGraph;
import org.annals.nlp.Token;

/**
 * Codes events with imported PETRARCH/TABARI verb dictionaries ({@link PetrarchVerbReader}), over the same parse
 * and actors as {@link DependencyPatternCoder}, beside which it runs ({@link CompositeEventCoder}).
 *
 * <p>Design note. For each verb of a parsed sentence, every rule of every dictionary for that verb is tried
 * ({@link PetrarchPatternMatcher}); the match with the most elements wins, the earlier dictionary and line on a tie
 * (PETRARCH prefers the longest pattern too). A winner with {@code [---]} codes nothing. Actors: the pattern's
 * {@code $} and {@code +} where it has them; otherwise the source is the verb's subject (the agent of a passive,
 * through {@code xcomp}, {@code conj} and {@code advcl}) and the target the first actor among its object, its
 * oblique phrases, and the rest of its subtree. {@code %} pairs the coordinated subjects both ways. Modality as
 * for Annals' patterns ({@link ClauseStatus}, {@link Attribution}), with one exception: a rule that names words
 * before the verb ("WILL NOT *", "INDICATED WOULD *") has said what those words mean, so negation and modals
 * there do not also mark the event. Codes the CAMEO codebook lacks (the validation dictionary's 903) are kept,
 * Goldstein 0. The rule id is the dictionary's {@code file:line}; the trigger is the matched words.
 * Thread-safe: the dictionaries are immutable and all state is local to a call.
 */
public final class PetrarchVerbCoder implements EventCoder {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor");

    private final List<PetrarchVerbs> dictionaries;
    private final CameoCodebook codebook;
    private final EventDater dater = new EventDater();
    private final DeadlineFinder deadlines = new DeadlineFinder();

    public PetrarchVerbCoder(List<PetrarchVerbs> dictionaries, CameoCodebook codebook) {
        this.dictionaries = List.copyOf(dictionaries);
        this.codebook = codebook;
    }

    private record Winner(PetrarchVerbPattern pattern, PetrarchPatternMatcher.Match match) {
    }

    private record Context(String articleId, LocalDate articleDate, AnnotatedText text, SentenceGraph graph,
                           DocumentActors actors, List<Quote> quotes, DocumentPlaces places) {
        int sentence() {
            return graph.sentence().index();
        }

        List<Actor> at(int token) {
            Token t = graph.token(token);
            if (Set.of("i", "we", "me", "us").contains(t.lemma())) {
                return Attribution.speakerOf(quotes, sentence(), t).map(List::of).orElse(List.of());
            }
            return actors.at(sentence(), token);
        }
    }

    @Override
    public List<Event> code(String articleId, LocalDate articleDate, AnnotatedText text, DocumentActors actors,
                            List<Quote> quotes, DocumentPlaces places) {
        List<Event> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AnnotatedSentence sentence : text.sentences()) {
            if (sentence.dependencies().isEmpty()) {
                continue;
            }
            SentenceGraph graph = new SentenceGraph(sentence);
            Context c = new Context(articleId, articleDate, text, graph, actors, quotes, places);
            for (Token t : sentence.tokens()) {
                if (!t.isVerb()) {
                    continue;
                }
                Optional<Winner> winner = best(c, t);
                if (winner.isEmpty() || winner.get().pattern().code().isEmpty()) {
                    continue;
                }
                for (Event e : events(c, t.index(), winner.get())) {
                    String key = sentence.index() + "|" + e.source().code() + "|"
                            + e.target().map(Actor::code).orElse("") + "|" + e.code() + "|" + e.modality();
                    if (seen.add(key)) {
                        events.add(e);
                    }
                }
            }
        }
        return events;
    }

    private Optional<Winner> best(Context c, Token verb) {
        String lemma = verb.lemma().toUpperCase(Locale.ROOT);
        String word = verb.word().toUpperCase(Locale.ROOT);
        Winner best = null;
        for (PetrarchVerbs dictionary : dictionaries) {
            PetrarchPatternMatcher matcher = new PetrarchPatternMatcher(dictionary, c.graph(),
                    t -> !c.at(t).isEmpty());
            for (PetrarchVerbPattern p : dictionary.forVerb(lemma, word)) {
                if (best != null && p.specificity() <= best.pattern().specificity()) {
                    continue;
                }
                Optional<PetrarchPatternMatcher.Match> m = matcher.match(p, verb.index());
                if (m.isPresent()) {
                    best = new Winner(p, m.get());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private List<Event> events(Context c, int verb, Winner w) {
        SentenceGraph g = c.graph();
        PetrarchPatternMatcher.Match m = w.match();
        boolean wordsBefore = m.words().stream().anyMatch(t -> t < verb);
        boolean negated = ClauseStatus.isNegated(g, verb) && !wordsBefore
                && m.words().stream().noneMatch(t -> NEGATORS.contains(g.token(t).lemma()));
        ClauseStatus.Reading reading = ClauseStatus.read(g, verb, false);
        if (reading == ClauseStatus.Reading.NOT_AN_ACT && !wordsBefore) {
            return List.of();
        }
        Set<Modality> stance = ClauseStatus.stance(negated,
                reading == ClauseStatus.Reading.HYPOTHETICAL && !wordsBefore);
        List<Actor[]> pairs = new ArrayList<>();
        if (m.compound() >= 0) {
            List<Actor> members = new ArrayList<>(c.at(m.compound()));
            for (int conj : g.children(m.compound(), "conj")) {
                members.addAll(c.at(conj));
            }
            for (Actor a : members) {
                for (Actor b : members) {
                    if (!a.code().equals(b.code())) {
                        pairs.add(new Actor[] {a, b});
                    }
                }
            }
        } else {
            List<Actor> sources = m.source() >= 0 ? ClauseActors.withConjuncts(g, m.source(), c::at)
                    : ClauseActors.subjects(g, verb, c::at);
            List<Actor> targets = m.target() >= 0 ? ClauseActors.withConjuncts(g, m.target(), c::at)
                    : ClauseActors.targets(g, verb, c::at, m.source());
            for (Actor s : sources) {
                if (targets.isEmpty()) {
                    pairs.add(new Actor[] {s, null});
                }
                for (Actor t : targets) {
                    if (!(t.span().equals(s.span()) && t.sentence() == s.sentence())) {
                        pairs.add(new Actor[] {s, t});
                    }
                }
            }
        }
        if (pairs.isEmpty()) {
            return List.of();
        }
        String trigger = String.join(" ", words(g, verb, m));
        Set<Modality> modality = EnumSet.noneOf(Modality.class);
        modality.addAll(stance);
        if (ClauseStatus.isFuture(g, verb)) {
            modality.add(Modality.FUTURE);
        }
        EventDate date = dater.date(c.text(), g, verb, c.articleDate());
        if (date.basis().startsWith(EventDater.CONTEXT_YEAR)) {
            modality.add(Modality.HISTORICAL);
        }
        Optional<LocalDate> deadline = deadlines.find(g, verb, date.to());
        Optional<Place> location = location(c, verb);
        Optional<Attribution.Claim> claim = new Attribution(g, c.actors(), c.quotes()).find(verb, verb);
        CameoCode code = code(w.pattern().code().orElseThrow());
        Optional<CameoCode> mirror = w.pattern().mirror().map(this::code);
        AnnotatedSentence s = g.sentence();
        List<Event> out = new ArrayList<>();
        for (Actor[] pair : pairs) {
            Set<Modality> asSaid = EnumSet.copyOf(modality);
            Optional<Actor> claimant = Optional.empty();
            if (claim.isPresent() && !claim.get().isOwnWordOf(pair[0])) {
                asSaid.add(Modality.REPORTED);
                claimant = claim.get().claimant();
            }
            Optional<Actor> target = Optional.ofNullable(pair[1]);
            out.add(new Event(c.articleId(), pair[0], target, code.code(), code.root(), code.quadClass(),
                    code.goldstein(), date, s.index(), s.span(), trigger, w.pattern().id(), asSaid, deadline, location,
                    claimant));
            if (mirror.isPresent() && target.isPresent()) {
                CameoCode r = mirror.get();
                out.add(new Event(c.articleId(), target.get(), Optional.of(pair[0]), r.code(), r.root(), r.quadClass(),
                        r.goldstein(), date, s.index(), s.span(), trigger, w.pattern().id(), asSaid, deadline,
                        location, claimant));
            }
        }
        return out;
    }

    /** The codebook's entry, or a bare one for a dictionary code the codebook lacks. */
    private CameoCode code(String code) {
        return codebook.find(code).orElseGet(() -> new CameoCode(code, "PETRARCH dictionary code", 0));
    }

    /** The verb and the words the rule matched, in sentence order. */
    private static List<String> words(SentenceGraph g, int verb, PetrarchPatternMatcher.Match m) {
        List<Integer> tokens = new ArrayList<>(m.words());
        tokens.add(verb);
        tokens.sort(Integer::compare);
        return tokens.stream().map(t -> g.token(t).word()).toList();
    }

    /** The first place in the verb's own clause, as for Annals' patterns. */
    private static Optional<Place> location(Context c, int verb) {
        for (int t : c.graph().subtree(verb, List.of("obl", "nmod", "obj", "compound", "xcomp", "acl"))) {
            Optional<Place> place = c.places().at(c.sentence(), t);
            if (place.isPresent()) {
                return place;
            }
        }
        return Optional.empty();
    }
}
