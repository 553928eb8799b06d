package org.annals.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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
 * Codes CAMEO events by matching {@link EventPattern}s against dependency parses.
 *
 * <p>Design note. For each sentence, each pattern looks for its trigger, then checks, in this order:
 * <ol>
 *   <li>the trigger's object and complement constraints;</li>
 *   <li>polarity: a negated trigger ("does not recognize") never codes the act as done; the event is kept,
 *   marked {@link Modality#NEGATED}, because a refusal to recognise is itself news. A rule written for the
 *   negation codes its own act ("will not follow the order" is defiance);</li>
 *   <li>assertion: a trigger inside the complement of a noun ("the authority to break relations"), of a
 *   negated verb ("not considering military action") or of a verb of refusal or request reports no act; one
 *   under a condition ("if Maduro is ousted"), a modal ("could impose") or a verb of deliberation ("considering
 *   sanctions") is kept, marked {@link Modality#HYPOTHETICAL} ({@link ClauseStatus});</li>
 *   <li>attribution: an act someone else claims ("accused Venezuela of attacking", "according to Reuters") is
 *   marked {@link Modality#REPORTED} with its claimant ({@link Attribution});</li>
 *   <li>actors: the source is the subject (through coordination, control and participles; the speaker for
 *   "I" and "we" in a quotation; never a passive subject: {@link ClauseSources}); the target comes from the
 *   pattern's target paths, tried in order, and, for a pattern that keeps events without a target, from the act's
 *   own phrase when no path finds one: the nearest actor, place or thing of a country ({@link TargetPhrase}).</li>
 * </ol>
 * One event is made for each source and target pair, and a second, swapped one when the pattern names the other
 * side's act ({@code mirror=}: a visit is also a hosting). A target of unknown country borrows the country of a
 * coordinated target of the same source ("breaking ties with the U.S. and ordering our diplomats to leave").
 * The same source, target and code twice in a paragraph is one event. No pattern, no event: there is no
 * default code.
 *
 * <p>One word, one reading: the first pattern (negation rules first, then file order) that codes a trigger word
 * owns it, so a specific rule written above a general one ("rejected accusations" is a denial, 016, before
 * "rejected" is a rejection, 120) is not doubled by it. A sentence's events come in the order of their trigger
 * words in the text, so its first event is the act its main clause states before the acts it reports ("Ukraine
 * accuses Russia of sending tanks": the accusation, then the reported sending). Thread-safe: patterns are immutable
 * and all state is local to a call.
 */
public final class DependencyPatternCoder implements EventCoder {
    /** Verbs whose object is someone else's act they react to or speak of ("condemned the air strikes"). */
    private static final Set<String> REACTIONS = Set.of("condemn", "denounce", "criticize", "criticise", "deplore",
            "decry", "slam", "blast", "protest", "deny", "investigate", "probe", "report", "claim", "blame", "welcome",
            "praise", "oppose", "fear", "mourn", "describe", "call", "confirm", "document", "witness", "survive",
            "accuse", "say", "discuss", "debate", "reject", "question", "regret", "lament");

    private final List<EventPattern> negationRulesFirst;
    /** The positions in {@link #negationRulesFirst} of the rules a word can trigger: a sentence tries only those. */
    private final Map<String, BitSet> patternsByLemma;
    private final BitSet phrasePatterns;
    private final CameoCodebook codebook;
    private final EventDater dater = new EventDater();
    private final DeadlineFinder deadlines = new DeadlineFinder();

    public DependencyPatternCoder(List<EventPattern> patterns, CameoCodebook codebook) {
        List<EventPattern> ordered = new ArrayList<>(patterns.stream().filter(EventPattern::negated).toList());
        ordered.addAll(patterns.stream().filter(p -> !p.negated()).toList());
        this.negationRulesFirst = List.copyOf(ordered);
        Map<String, BitSet> byLemma = new HashMap<>();
        BitSet phrases = new BitSet();
        for (int i = 0; i < ordered.size(); i++) {
            EventPattern p = ordered.get(i);
            if (p.trigger() == EventPattern.Trigger.PHRASE) {
                phrases.set(i);
            }
            for (String lemma : p.lemmas()) {
                byLemma.computeIfAbsent(lemma, l -> new BitSet()).set(i);
            }
        }
        this.patternsByLemma = Map.copyOf(byLemma);
        this.phrasePatterns = phrases;
        this.codebook = codebook;
    }

    /** Codes the events of one annotated article. */
    @Override
    public List<Event> code(String articleId, LocalDate articleDate, AnnotatedText text, DocumentActors actors,
                            List<Quote> quotes, DocumentPlaces places) {
        List<Event> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AnnotatedSentence sentence : text.sentences()) {
            SentenceGraph graph = new SentenceGraph(sentence);
            Context context = new Context(articleId, articleDate, text, graph, actors, quotes, places, new HashSet<>(),
                    new IdentityHashMap<>(), new ClauseSources(graph, actors, quotes));
            List<Event> found = new ArrayList<>();
            // Rules written for a negation go first: "will not follow the order" is defiance, and is then not
            // also coded as a negated compliance.
            BitSet candidates = (BitSet) phrasePatterns.clone();
            for (Token t : sentence.tokens()) {
                BitSet rules = patternsByLemma.get(t.lemma());
                if (rules != null) {
                    candidates.or(rules);
                }
                // A plural the lemmatiser left alone ("troops") selects the rules of its singular.
                ClauseParts.singular(t.lemma()).map(patternsByLemma::get).ifPresent(candidates::or);
            }
            for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
                EventPattern pattern = negationRulesFirst.get(i);
                switch (pattern.trigger()) {
                    case VERB -> verbRule(pattern, context, found);
                    case NOUN -> nounRule(pattern, context, found);
                    case PHRASE -> phraseRule(pattern, context, found);
                }
            }
            found.sort(Comparator.comparingInt(e -> context.triggerOf().getOrDefault(e, Integer.MAX_VALUE)));
            for (Event event : TargetCountries.borrow(lendTargets(found, context))) {
                String key = event.source().code() + "|" + event.target().map(Actor::code).orElse("") + "|"
                        + event.code() + "|" + event.modality() + "|" + sentence.paragraph();
                if (seen.add(key)) {
                    events.add(event);
                }
            }
        }
        return events;
    }

    /**
     * "Japan is considering sending aid to North Korea", "the Houthis claimed that they had attacked Saudi Arabia": a
     * deliberation (014) or a claim of responsibility (015) concerns the party of the act it considers or claims, so
     * when it names no target it takes the target of the same source's act in its complement or object.
     */
    private static List<Event> lendTargets(List<Event> found, Context c) {
        List<Event> out = new ArrayList<>(found.size());
        for (Event event : found) {
            Event e = event;
            Integer at = c.triggerOf().get(event);
            if (event.target().isEmpty() && at != null && (event.code().equals("014") || event.code().equals("015"))) {
                for (Event act : found) {
                    Integer actAt = c.triggerOf().get(act);
                    if (act != event && act.target().isPresent() && actAt != null
                            && c.graph().primaryEdge(actAt).governor() == at
                            && act.source().code().equals(event.source().code())) {
                        e = event.withTarget(act.target().get());
                        break;
                    }
                }
            }
            out.add(e);
        }
        return out;
    }

    private record Context(String articleId, LocalDate articleDate, AnnotatedText text, SentenceGraph graph,
                           DocumentActors actors, List<Quote> quotes, DocumentPlaces places,
                           Set<Integer> codedTriggers, Map<Event, Integer> triggerOf, ClauseSources who) {
        int sentence() {
            return graph.sentence().index();
        }
    }

    private void verbRule(EventPattern p, Context c, List<Event> out) {
        SentenceGraph g = c.graph();
        for (Token t : g.sentence().tokens()) {
            if (!p.lemmas().contains(t.lemma()) || !t.isVerb()) {
                continue;
            }
            int verb = t.index();
            boolean participle = g.primaryEdge(verb).baseRelation().equals("amod");
            if (participle && !ClauseParts.isParticipleModifier(g, verb)) {
                continue;
            }
            List<Integer> objects = participle ? List.of(g.primaryEdge(verb).governor()) : ClauseParts.objects(g, verb);
            if (!p.object().isEmpty() && objects.stream().noneMatch(o -> ClauseParts.accepts(p.object(), g.token(o).lemma()))) {
                continue;
            }
            if (!p.complement().isEmpty() && g.edgesFrom(verb).stream().noneMatch(d ->
                    (d.baseRelation().equals("xcomp") || d.baseRelation().equals("ccomp"))
                            && p.complement().contains(g.token(d.dependent()).lemma()))) {
                continue;
            }
            int clauseHead = participle ? ClauseParts.governingVerb(g, objects.get(0)).orElse(verb) : verb;
            boolean negated = ClauseStatus.isNegated(g, verb);
            ClauseStatus.Reading reading = participle
                    ? ClauseStatus.readParticiple(g, objects.get(0), clauseHead, p.negated())
                    : ClauseStatus.read(g, clauseHead, p.negated());
            if (p.negated() && !negated || reading == ClauseStatus.Reading.NOT_AN_ACT
                    || ClauseParts.controlledByNonActor(g, c.actors(), verb)) {
                continue;
            }
            if (c.codedTriggers().contains(verb)
                    || ClauseStatus.isDeliberation(t.lemma()) && ClauseParts.isJudgement(g, verb)) {
                continue;
            }
            // "Colombia accused Venezuela of attacking": the accused acts, not the accuser.
            Optional<List<Integer>> accused = Attribution.accusedOf(g, verb, clauseHead);
            List<Actor> sources = accused.isPresent() ? accused.get().stream().flatMap(a -> c.who().actorsOrSpeaker(a).stream()).toList()
                    : participle ? c.who().subjects(clauseHead) : c.who().subjects(verb);
            if (p.ownComplement() && !c.who().claimsOwnAct(verb, p.complement(), sources)) {
                continue;
            }
            List<Actor> targets = targets(p, c, verb, verb, objects, -1, clauseHead, sources, verb);
            int before = out.size();
            emit(p, c, sources, targets, clauseHead, verb, t.word(),
                    ClauseStatus.stance(negated && !p.negated(), reading == ClauseStatus.Reading.HYPOTHETICAL), out);
            owned(c, verb, out, before);
        }
    }

    private void nounRule(EventPattern p, Context c, List<Event> out) {
        SentenceGraph g = c.graph();
        for (Token n : g.sentence().tokens()) {
            if (!n.isNoun() || !ClauseParts.accepts(p.lemmas(), n.lemma())) {
                continue;
            }
            Optional<Integer> verb = Optional.empty();
            for (var d : g.edgesTo(n.index())) {
                if (d.governor() >= 0 && p.via().stream().anyMatch(v -> d.relation().equals(v) || d.baseRelation().equals(v))
                        && g.token(d.governor()).isVerb()) {
                    verb = Optional.of(d.governor());
                    break;
                }
            }
            if (verb.isEmpty() || c.codedTriggers().contains(n.index())) {
                continue;
            }
            int v = verb.get();
            boolean byVerb = p.governor().isEmpty() || p.governor().contains(g.token(v).lemma());
            // "air strikes" names the act by its modifier, but whose act it is comes from the verb: "Moscow condemned
            // the air strikes" is a reaction to someone else's strikes, not Moscow's.
            boolean byModifier = !REACTIONS.contains(g.token(v).lemma())
                    && (g.hasChild(n.index(), "amod", p.governor()::contains)
                    || g.hasChild(n.index(), "compound", p.governor()::contains));
            boolean governed = byVerb || byModifier;
            // "is considering sanctions": the act is only under deliberation; not considering it is nothing.
            boolean deliberated = ClauseStatus.isDeliberation(g.token(v).lemma());
            ClauseStatus.Reading reading = ClauseStatus.read(g, v, false);
            if (!(governed || deliberated && !ClauseStatus.isNegated(g, v)) || reading == ClauseStatus.Reading.NOT_AN_ACT) {
                continue;
            }
            List<Actor> sources = c.who().subjects(v);
            List<Actor> targets = targets(p, c, n.index(), v, ClauseParts.objects(g, v), n.index(), v, sources, n.index());
            int before = out.size();
            emit(p, c, sources, targets, v, v, n.word(), ClauseStatus.stance(ClauseStatus.isNegated(g, v),
                    deliberated || reading == ClauseStatus.Reading.HYPOTHETICAL), out);
            owned(c, n.index(), out, before);
        }
    }

    private void phraseRule(EventPattern p, Context c, List<Event> out) {
        SentenceGraph g = c.graph();
        StringBuilder lemmas = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (Token t : g.sentence().tokens()) {
            if (lemmas.length() > 0) {
                lemmas.append(' ');
            }
            starts.add(lemmas.length());
            lemmas.append(t.lemma());
        }
        Matcher m = p.phrase().orElseThrow().matcher(lemmas);
        if (!m.find()) {
            return;
        }
        int first = PhraseMatch.tokenAt(starts, m.start());
        // A phrase is the fallback for a parse the word rules could not read: it adds nothing where a rule above
        // has already coded its word, or its code in this sentence.
        if (c.codedTriggers().contains(first) || out.stream().anyMatch(e -> e.code().equals(p.code()))) {
            return;
        }
        int last = PhraseMatch.tokenAt(starts, Math.max(m.start(), m.end() - 1));
        String words = String.join(" ", g.sentence().tokens().subList(first, last + 1).stream().map(Token::word).toList());
        // A phrase led by a verb stands as that verb does: "refused to lift the ban" lifts nothing, "could ease
        // sanctions" is hypothetical; the verb's own subject acts (through control and coordination, as for word
        // rules), else the main clause's ("continues ... by donating supplies"), but a verb that is itself the
        // subject ("lifting the ban is out of the question") names no one's act. A copula ("is willing to") is no
        // act of its own and leaves the phrase to the main clause.
        int root = PhraseMatch.rootOf(g);
        boolean byVerb = PhraseMatch.isContentVerb(g, first);
        Set<Modality> stance = EnumSet.noneOf(Modality.class);
        List<Actor> sources;
        if (p.source().equals("speaker")) {
            sources = c.who().speaker(g.token(first));
        } else if (byVerb) {
            ClauseStatus.Reading reading = ClauseStatus.read(g, first, false);
            if (reading == ClauseStatus.Reading.NOT_AN_ACT) {
                return;
            }
            stance = ClauseStatus.stance(ClauseStatus.isNegated(g, first), reading == ClauseStatus.Reading.HYPOTHETICAL);
            sources = c.who().subjects(first);
            if (sources.isEmpty() && !PhraseMatch.isClausalSubject(g, first)) {
                sources = c.who().subjects(root);
            }
        } else {
            sources = c.who().subjects(root);
        }
        List<Actor> targets;
        if (byVerb) {
            targets = targets(p, c, first, first, ClauseParts.objects(g, first), -1, first, sources, first);
        } else {
            // A phrase led by a copula or a noun ("is skeptical of", "peacekeepers ... arrived in") is aimed from its
            // head word; a word with nothing under it ("must") is part of the clause of its head.
            int head = PhraseMatch.headOf(g, first, last);
            int walked = g.edgesFrom(head).isEmpty() && g.primaryEdge(head).governor() >= 0
                    ? g.primaryEdge(head).governor() : head;
            targets = targets(p, c, first, head, List.of(), -1, root, sources, walked);
        }
        int before = out.size();
        emit(p, c, sources, targets, root, root, words, stance, out);
        // The phrase owns its first word, as a verb rule owns its verb: "rejected accusations" is not also a 120.
        owned(c, first, out, before);
    }

    /** Marks {@code token} as coded when the rule just tried made events, and places them at the token. */
    private static void owned(Context c, int token, List<Event> out, int before) {
        if (out.size() > before) {
            c.codedTriggers().add(token);
        }
        for (Event e : out.subList(before, out.size())) {
            c.triggerOf().put(e, token);
        }
    }


    private void emit(EventPattern p, Context c, List<Actor> sources, List<Actor> targets, int clauseHead,
                      int trigger, String words, Set<Modality> stance, List<Event> out) {
        if (sources.isEmpty() || targets.isEmpty() && p.targetRequired()) {
            return;
        }
        CameoCode code = codebook.get(p.code());
        EventDate date = dater.date(c.text(), c.graph(), clauseHead, c.articleDate());
        Set<Modality> modality = EnumSet.noneOf(Modality.class);
        modality.addAll(stance);
        if (ClauseStatus.isFuture(c.graph(), trigger) || ClauseStatus.isFuture(c.graph(), clauseHead)) {
            modality.add(Modality.FUTURE);
        }
        if (date.basis().startsWith(EventDater.CONTEXT_YEAR)) {
            modality.add(Modality.HISTORICAL);
        }
        Optional<LocalDate> deadline = deadlines.find(c.graph(), trigger, date.to());
        Optional<Place> location = ClauseParts.location(c.graph(), c.places(), trigger, clauseHead);
        AnnotatedSentence s = c.graph().sentence();
        Optional<Attribution.Claim> claim = new Attribution(c.graph(), c.actors(), c.quotes()).find(trigger, clauseHead);
        Optional<CameoCode> mirror = p.mirror().map(codebook::get);
        for (Actor source : sources) {
            // An actor's own word about its own act is the act; anyone else's word only reports it.
            Set<Modality> asSaid = EnumSet.copyOf(modality);
            Optional<Actor> claimant = Optional.empty();
            if (claim.isPresent() && !claim.get().isOwnWordOf(source)) {
                asSaid.add(Modality.REPORTED);
                claimant = claim.get().claimant();
            }
            // "said they will release the hostages": the announcing is an act of its own, the intent (03), placed
            // before the announced act; the act stays future.
            Optional<CameoCode> intent = asSaid.contains(Modality.FUTURE) && !asSaid.contains(Modality.NEGATED)
                    && !asSaid.contains(Modality.HYPOTHETICAL)
                    ? Intents.of(code.code()).map(codebook::get) : Optional.empty();
            if (intent.isPresent()) {
                Set<Modality> stated = EnumSet.copyOf(asSaid);
                stated.remove(Modality.FUTURE);
                CameoCode i = intent.get();
                for (Optional<Actor> target : targets.isEmpty() ? List.of(Optional.<Actor>empty())
                        : targets.stream().filter(t -> !t.span().equals(source.span())).map(Optional::of).toList()) {
                    out.add(new Event(c.articleId(), source, target, i.code(), i.root(), i.quadClass(), i.goldstein(),
                            date, s.index(), s.span(), words, p.id() + ":intent", stated, deadline, location, claimant));
                }
            }
            if (targets.isEmpty()) {
                out.add(new Event(c.articleId(), source, Optional.empty(), code.code(), code.root(), code.quadClass(),
                        code.goldstein(), date, s.index(), s.span(), words, p.id(), asSaid, deadline, location, claimant));
            }
            for (Actor target : targets) {
                if (sameMention(target, source)) {
                    continue;
                }
                out.add(new Event(c.articleId(), source, Optional.of(target), code.code(), code.root(),
                        code.quadClass(), code.goldstein(), date, s.index(), s.span(), words, p.id(), asSaid, deadline,
                        location, claimant));
                if (mirror.isPresent()) {
                    CameoCode m = mirror.get();
                    out.add(new Event(c.articleId(), target, Optional.of(source), m.code(), m.root(), m.quadClass(),
                            m.goldstein(), date, s.index(), s.span(), words, p.mirrorId(), asSaid, deadline, location,
                            claimant));
                }
            }
        }
    }

    /** The same words of the same sentence: an actor is not its own target. */
    private static boolean sameMention(Actor a, Actor b) {
        return a.sentence() == b.sentence() && a.span().equals(b.span());
    }

    /** People an act is done to, never its means, though a pattern's object constraint names them. */
    private static final Set<String> ACTED_UPON = Set.of("refugee", "migrant", "asylum-seeker", "seeker", "hostage",
            "captive", "prisoner", "detainee", "victim");

    /**
     * The words a pattern's object constraint names ("sent troops", "a team of paratroopers"): the thing acted with,
     * unless they are people acted upon ({@link #ACTED_UPON}).
     */
    private static Set<Integer> instruments(EventPattern p, SentenceGraph g, List<Integer> objects) {
        Set<Integer> out = new HashSet<>();
        if (p.object().isEmpty() || p.object().contains("*")) {
            return out;
        }
        for (int o : objects) {
            // "will not accept any Rohingya refugees": people held, admitted or sent back are acted upon.
            if (!ACTED_UPON.contains(g.token(o).lemma())) {
                out.add(o);
                out.addAll(g.children(o, "conj"));
            }
        }
        for (int o : List.copyOf(out)) {
            // "a team of paratroopers" is paratroopers; "the blockade of Qatar" is not Qatar.
            if (ClauseSources.PART_OF.contains(g.token(o).lemma())) {
                out.addAll(g.children(o, "nmod:of"));
            }
        }
        return out;
    }

    /**
     * The pattern's target paths, tried in order; when none leads to an actor and the pattern keeps events
     * without a target, a name the registry does not know where a path led, else the first actor or place in the
     * act's own phrase ({@link TargetPhrase#find}), else, as a last resort marked in the target's reason, the
     * nearest actor of known country to the trigger ({@link TargetPhrase#nearest}); the phrase is walked from
     * {@code phrase} (the trigger, or the head word of a phrase rule's match); {@code none} means no target at all.
     */
    private List<Actor> targets(EventPattern p, Context c, int trigger, int verb, List<Integer> objects, int noun,
                                int clauseHead, List<Actor> sources, int phrase) {
        SentenceGraph g = c.graph();
        if (sources.isEmpty()) {
            return List.of();
        }
        // A name the registry does not know where a path leads ("hoped that Gambari would be in Myanmar").
        List<Actor> unknown = new ArrayList<>();
        for (String path : p.targets()) {
            List<Integer> heads = new ArrayList<>();
            if (path.equals("none")) {
                return List.of();
            } else if (path.equals("context")) {
                List<Actor> found = TargetCountries.contextTarget(c.text(), c.actors(), c.sentence());
                if (!found.isEmpty()) {
                    return found;
                }
                continue;
            } else {
                heads.addAll(TargetPaths.heads(g, path, trigger, verb, objects, noun, clauseHead));
            }
            // An actor is not its own target ("the United States must continue aid to Egypt"): the next path is tried.
            List<Actor> found = new ArrayList<>();
            for (int h : heads) {
                c.who().actorsOrSpeaker(h).stream().filter(a -> sources.stream().noneMatch(s -> sameMention(a, s)))
                        .forEach(found::add);
            }
            if (!found.isEmpty()) {
                return found;
            }
            for (int h : heads) {
                if (!unknown.isEmpty() || p.targetRequired()) {
                    break;
                }
                unknown.addAll(TargetPhrase.unknownName(g, c.actors(), h, sources));
            }
        }
        if (p.targetRequired()) {
            return List.of();
        }
        if (!unknown.isEmpty()) {
            return unknown;
        }
        Set<Integer> instruments = instruments(p, g, objects);
        boolean placesAtHome = aimedAtPlaces(p.code());
        List<Actor> inPhrase = TargetPhrase.find(g, c.who(), c.actors(), c.places(), phrase,
                phrase == trigger ? verb : phrase, sources, instruments, placesAtHome);
        return !inPhrase.isEmpty() ? inPhrase
                : TargetPhrase.nearest(g, c.who(), c.actors(), c.places(), trigger, sources, instruments, placesAtHome);
    }

    /**
     * Acts done to a territory and the people in it, so that a place at home can be their target: force posture
     * (15), coercion (17), assault, fighting and mass violence (18-20), easing restrictions (081) and ceasefires
     * (087): "troops remained on alert in Manila", "declared a ceasefire in Tripoli", "pounded eastern Ghouta".
     */
    static boolean aimedAtPlaces(String code) {
        return code.startsWith("15") || code.startsWith("17") || code.startsWith("18") || code.startsWith("19")
                || code.startsWith("20") || code.startsWith("081") || code.startsWith("087");
    }


}
