package org.annals.state;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.annals.model.Event;
import org.annals.model.Modality;

/**
 * The world state derived from coded events: recognition, diplomatic relations, orders and deadlines,
 * sanctions, and whose acts carry authority in whose eyes. The Java API the command line and the server use.
 *
 * <p>Design note. The state is a pure function of the set of events: they are sorted canonically
 * ({@link Evidence#CANONICAL}) before anything is derived, so the same events in any order give the same state,
 * and {@link #with} (a new article's events arriving) gives the state of the union. Views are computed for a
 * day: a fact counts from its date; nothing is overwritten, later facts are simply later.
 * <ul>
 *   <li>Relations: 161 "break ties" breaks them, 161 "recall the ambassador" reduces them, "restore ties"
 *   restores them; a pair with no change on record is {@code NORMAL}. A change made by a claimant that a party
 *   does not recognise on that day is contested by that party.</li>
 *   <li>Demands: an expulsion (174) or ultimatum (139) waits for the addressee's side; a rejection or defiance
 *   (root 12) by that side against the issuer's side, dated on or after the demand, refuses it, and yielding
 *   (root 08, "complied with the order") meets it; the latest answer by the day counts; a deadline passed
 *   without answer makes it expire.</li>
 *   <li>Sanctions (163) are in force from their date until a later 085 between the same countries lifts
 *   them; announced ones ({@code FUTURE}) and denied ones ({@code NEGATED}) are not in force.</li>
 *   <li>Hypothetical events ({@code HYPOTHETICAL}: "could impose sanctions", "if the U.S. invades") change
 *   nothing at all; reported ones ({@code REPORTED}: "accused Venezuela of...") count like any act.</li>
 *   <li>Standing: an act that needs authority, done by a person claiming a government, stands for each party
 *   that recognises that person on the act's day and is void for each party that does not.</li>
 * </ul>
 * <p>Offices come from titles in the texts' mentions of registry persons ({@link OfficeTitle}): "President
 * Nicolás Maduro" holds the head of state's office from that article's date; "interim president" claims it.
 * Immutable and thread-safe.
 */
public final class WorldState {
    private static final Map<String, RelationsChange.Status> RELATIONS_RULES = Map.of(
            "break-ties", RelationsChange.Status.BROKEN,
            "recall-ambassador", RelationsChange.Status.REDUCED,
            "restore-ties", RelationsChange.Status.RESTORED);

    private final List<Event> events;
    private final List<DatedMention> mentions;
    private final Map<String, List<OfficeTitle>> titles = new TreeMap<>();
    private final Map<String, Party> titled = new TreeMap<>();
    private final RecognitionLedger recognition;
    /** Asserted events with a target, by "source country>target country", in canonical order. */
    private final Map<String, List<Event>> byDirectedPair = new HashMap<>();
    private final List<RelationsChange> relations = new ArrayList<>();
    private final List<Demand> demands = new ArrayList<>();
    private final List<Sanction> sanctions = new ArrayList<>();

    /** The order in which mentions give titles: the first mention of an office (and whether held) is its record. */
    static final Comparator<DatedMention> MENTION_ORDER = Comparator.comparing(DatedMention::date)
            .thenComparing(DatedMention::articleId).thenComparingInt(m -> m.actor().sentence())
            .thenComparingInt(m -> m.actor().span().begin());

    private WorldState(List<Event> events, List<DatedMention> mentions) {
        // Every event given is kept, bearing or not: of() over everything is the reference that the folded state
        // of WorldStateBuilder (which keeps only what bears()) is tested against.
        this.events = events.stream().sorted(Evidence.CANONICAL).toList();
        this.mentions = mentions.stream().sorted(MENTION_ORDER).toList();
        for (DatedMention m : this.mentions) {
            if (!m.actor().entryId().startsWith("person:")) {
                continue;
            }
            OfficeTitle.read(m.actor().text()).ifPresent(reading -> {
                List<OfficeTitle> list = titles.computeIfAbsent(m.actor().entryId(), k -> new ArrayList<>());
                if (list.stream().noneMatch(t -> t.office() == reading.office() && t.holds() == reading.holds())) {
                    list.add(new OfficeTitle(reading.office(), reading.holds(), m.actor().text(), m.date(),
                            m.articleId(), m.actor().sentence()));
                    titled.putIfAbsent(m.actor().entryId(), Party.of(m.actor()));
                }
            });
        }
        // A hypothetical act ("could break ties", "if Maduro is ousted") changes nothing, not even who is
        // named as a claimant; the events stay in the state's set so that with() keeps them.
        List<Event> counted = this.events.stream().filter(e -> !e.modality().contains(Modality.HYPOTHETICAL)).toList();
        this.recognition = new RecognitionLedger(counted);
        for (Event e : counted) {
            if (e.isAsserted() && e.target().isPresent()) {
                byDirectedPair.computeIfAbsent(pair(e.source().country(), e.target().get().country()),
                        k -> new ArrayList<>()).add(e);
            }
        }
        for (Event e : counted) {
            relationsChange(e).ifPresent(relations::add);
            demand(e).ifPresent(demands::add);
            sanction(e).ifPresent(sanctions::add);
        }
    }

    /**
     * A builder that takes events and mentions one at a time (from a store of any size), keeping only those that
     * can bear on the state; see {@link WorldStateBuilder}.
     */
    public static WorldStateBuilder builder() {
        return new WorldStateBuilder();
    }

    /**
     * True when {@code e} can change some state, whatever other events are known: an act that is not hypothetical
     * and is a recognition (054) or its withdrawal, an act that needs authority (it can make a claimant), a
     * change of relations, a demand, a sanction, or a rejection (root 12) or yielding (root 08, lifting
     * sanctions included) that can answer a demand or end a sanction. Each rule below reads only such events,
     * so leaving the others out changes no view; the rules test the rest (a target, the modality, the dates).
     * A new rule must add the events it reads here, or the folded state of {@code annals state} will lack them
     * (StreamedStateTest compares it with {@link #of(Collection, Collection)} over codes of every kind).
     */
    static boolean bears(Event e) {
        if (e.modality().contains(Modality.HYPOTHETICAL)) {
            return false;
        }
        return e.code().equals("054") || e.rule().equals("withdraw-recognition")
                || RecognitionLedger.AUTHORITY_CODES.contains(e.code()) || RELATIONS_RULES.containsKey(e.rule())
                || e.code().equals("161") || e.code().equals("174") || e.code().equals("139")
                || e.code().equals("163") || e.root().equals("12") || e.root().equals("08") || e.code().startsWith("08");
    }

    /** The state the given events imply. */
    public static WorldState of(Collection<Event> events) {
        return new WorldState(List.copyOf(events), List.of());
    }

    /** The state the given events imply, with the offices that the mentions' titles give ("President Maduro"). */
    public static WorldState of(Collection<Event> events, Collection<DatedMention> mentions) {
        return new WorldState(List.copyOf(events), List.copyOf(mentions));
    }

    /** The state once {@code more} events are known too. */
    public WorldState with(Collection<Event> more) {
        return with(more, List.of());
    }

    /** The state once another article's events and mentions are known too. */
    public WorldState with(Collection<Event> more, Collection<DatedMention> moreMentions) {
        List<Event> all = new ArrayList<>(events);
        all.addAll(more);
        List<DatedMention> allMentions = new ArrayList<>(mentions);
        allMentions.addAll(moreMentions);
        return new WorldState(all, allMentions);
    }

    /** The state of {@code country} on {@code day}. */
    public CountryView country(String country, LocalDate day) {
        List<CountryView.Claimant> government = new ArrayList<>();
        Map<String, Party> parties = new TreeMap<>();
        recognition.claimants(country).forEach(p -> parties.put(p.id(), p));
        titled.values().stream().filter(p -> p.country().equals(country)).forEach(p -> parties.putIfAbsent(p.id(), p));
        for (Party party : parties.values()) {
            Optional<Evidence> first = recognition.claimants(country).contains(party)
                    ? Optional.of(recognition.firstEvidence(party)) : Optional.empty();
            List<OfficeTitle> offices = titles.getOrDefault(party.id(), List.of()).stream()
                    .filter(t -> !t.since().isAfter(day)).toList();
            Optional<LocalDate> since = Stream.concat(first.stream().map(e -> e.event().date().from()),
                    offices.stream().map(OfficeTitle::since)).filter(d -> !d.isAfter(day)).min(Comparator.naturalOrder());
            if (since.isEmpty()) {
                continue;
            }
            boolean holds = recognition.isIncumbent(party) || offices.stream().anyMatch(OfficeTitle::holds);
            government.add(new CountryView.Claimant(party, holds, since.get(), first, offices,
                    recognition.stancesOn(party, day)));
        }
        Map<String, RelationsChange> latest = new TreeMap<>();
        for (RelationsChange change : relations) {
            if (!change.date().isAfter(day) && (change.first().equals(country) || change.second().equals(country))) {
                latest.put(change.first() + "-" + change.second(), change);
            }
        }
        List<CountryView.DemandOn> demandsOn = demands.stream()
                .filter(d -> !d.issued().isAfter(day))
                .filter(d -> d.issuer().country().equals(country) || d.addressee().country().equals(country))
                .map(d -> new CountryView.DemandOn(d, d.statusOn(day))).toList();
        List<Sanction> inForce = sanctions.stream().filter(s -> s.inForceOn(day))
                .filter(s -> s.imposer().country().equals(country) || s.target().country().equals(country)).toList();
        return new CountryView(country, day, government, recognition.givenBy(country, day),
                List.copyOf(latest.values()), demandsOn, inForce, standings(country, day));
    }

    /** Every change in the relations of two countries, in date order. */
    public List<RelationsChange> dyad(String a, String b) {
        String first = a.compareTo(b) <= 0 ? a : b;
        String second = a.compareTo(b) <= 0 ? b : a;
        return relations.stream().filter(r -> r.first().equals(first) && r.second().equals(second)).toList();
    }

    /** The relations of two countries on {@code day}: the last change on or before it, else normal. */
    public RelationsChange.Status relationsOn(String a, String b, LocalDate day) {
        RelationsChange.Status status = RelationsChange.Status.NORMAL;
        for (RelationsChange change : dyad(a, b)) {
            if (!change.date().isAfter(day)) {
                status = change.status();
            }
        }
        return status;
    }

    private Optional<RelationsChange> relationsChange(Event e) {
        if (!e.isAsserted() || e.target().isEmpty()) {
            return Optional.empty();
        }
        RelationsChange.Status status = RELATIONS_RULES.get(e.rule());
        if (status == null && e.code().equals("161")) {
            status = RelationsChange.Status.REDUCED;
        }
        String a = e.source().country();
        String b = e.target().get().country();
        if (status == null || a.equals(b) || a.equals("---") || b.equals("---")) {
            return Optional.empty();
        }
        Party actor = Party.of(e.source());
        LocalDate day = e.date().from();
        List<Party> contested = new ArrayList<>();
        if (actor.isPerson()) {
            for (Party party : recognition.recognizers(actor.country())) {
                recognition.stance(party, actor, day).filter(r -> !r.recognizes())
                        .filter(r -> !party.isUnspecified()).ifPresent(r -> contested.add(party));
            }
        }
        return Optional.of(new RelationsChange(a.compareTo(b) <= 0 ? a : b, a.compareTo(b) <= 0 ? b : a, status, day,
                actor, contested, new Evidence(e, Evidence.STATED, "relations " + status.name().toLowerCase())));
    }

    private Optional<Demand> demand(Event e) {
        if (!e.isAsserted() || e.target().isEmpty() || !(e.code().equals("174") || e.code().equals("139"))) {
            return Optional.empty();
        }
        Party issuer = Party.of(e.source());
        Party addressee = Party.of(e.target().get());
        LocalDate issued = e.date().from();
        List<Evidence> responses = new ArrayList<>();
        for (Event r : byDirectedPair.getOrDefault(pair(addressee.country(), issuer.country()), List.of())) {
            boolean answers = !r.date().from().isBefore(issued);
            if (answers && r.root().equals("12")) {
                responses.add(new Evidence(r, Evidence.STATED, Demand.REFUSED_BY + r.source().country()));
            } else if (answers && r.root().equals("08")) {
                responses.add(new Evidence(r, Evidence.STATED, Demand.COMPLIED_BY + r.source().country()));
            }
        }
        return Optional.of(new Demand(issuer, addressee, e.code(), issued, e.deadline(), responses,
                new Evidence(e, Evidence.STATED, "demand issued")));
    }

    private Optional<Sanction> sanction(Event e) {
        if (!e.code().equals("163") || !e.isAsserted() || e.modality().contains(Modality.FUTURE)
                || e.target().isEmpty()) {
            return Optional.empty();
        }
        Party imposer = Party.country(e.source().country());
        Party target = Party.of(e.target().get());
        Optional<Event> lifted = byDirectedPair.getOrDefault(pair(imposer.country(), target.country()), List.of()).stream()
                .filter(l -> l.code().startsWith("085") && l.date().from().isAfter(e.date().from())).findFirst();
        return Optional.of(new Sanction(imposer, target, e.date(), lifted.map(Event::date),
                new Evidence(e, Evidence.STATED, "sanctions imposed"),
                lifted.map(l -> new Evidence(l, Evidence.STATED, "sanctions lifted"))));
    }

    private static String pair(String source, String target) {
        return source + ">" + target;
    }

    private List<OrderStanding> standings(String country, LocalDate day) {
        List<Evidence> acts = new ArrayList<>();
        demands.stream().filter(d -> d.issuer().isPerson() && d.issuer().country().equals(country))
                .filter(d -> !d.issued().isAfter(day)).forEach(d -> acts.add(d.evidence()));
        relations.stream().filter(r -> r.actor().isPerson() && r.actor().country().equals(country))
                .filter(r -> !r.date().isAfter(day)).forEach(r -> acts.add(r.evidence()));
        List<OrderStanding> out = new ArrayList<>();
        for (Evidence act : acts) {
            Party issuer = Party.of(act.event().source());
            LocalDate actDay = act.event().date().from();
            for (Party party : recognition.recognizers(country)) {
                if (party.isUnspecified() || party.country().equals(country)) {
                    continue;
                }
                recognition.stance(party, issuer, actDay)
                        .ifPresent(r -> out.add(new OrderStanding(act, issuer, party, r.recognizes(), r)));
            }
        }
        return out;
    }
}
