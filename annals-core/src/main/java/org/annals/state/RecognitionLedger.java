package org.annals.state;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annals.model.Actor;
import org.annals.model.Event;

/**
 * Who recognises whom as governing a country, and who the claimants are.
 *
 * <p>Design note.
 * <ul>
 *   <li>Claimants of a country's government are the persons anyone recognised (or refused to recognise) as
 *   such (054 targets), and the persons coded as that country's government ({@code VENGOV}) who did an act
 *   that needs authority (break relations, expel, sanction, give an ultimatum): the incumbent.</li>
 *   <li>A stated recognition (054) or non-recognition (054, negated) is evidence with confidence 0.9.
 *   Recognising one claimant implies not recognising the others (confidence 0.6); a stated stance on the same
 *   day beats an implied one.</li>
 *   <li>The stance of a recognizer on a claimant on a day is its latest stance dated on or before that day.
 *   Two stated stances of the same day that disagree are both kept: {@link #stancesOn} returns both, and the
 *   reader sees the conflict instead of a silent winner.</li>
 *   <li>Events are taken in a canonical order ({@link Evidence#CANONICAL}), so the same events in any order give
 *   the same ledger.</li>
 * </ul>
 * Immutable once built.
 */
final class RecognitionLedger {
    static final Set<String> AUTHORITY_CODES = Set.of("139", "161", "163", "166", "172", "174");
    private static final Comparator<Party> BY_ID = Comparator.comparing(Party::id);

    private final Map<String, Set<Party>> claimants = new TreeMap<>();
    private final Map<String, Set<Party>> incumbents = new TreeMap<>();
    private final Map<String, Evidence> firstSeen = new TreeMap<>();
    private final List<Recognition> recognitions = new ArrayList<>();

    RecognitionLedger(List<Event> sorted) {
        for (Event e : sorted) {
            if (e.code().equals("054") && e.target().isPresent()) {
                Party claimant = Party.of(e.target().get());
                claimants.computeIfAbsent(claimant.country(), k -> new TreeSet<>(BY_ID)).add(claimant);
                firstSeen.putIfAbsent(claimant.id(), new Evidence(e, Evidence.STATED, "named in a recognition statement"));
            }
            if (AUTHORITY_CODES.contains(e.code()) && e.isAsserted() && isGovernmentPerson(e.source())) {
                Party incumbent = Party.of(e.source());
                claimants.computeIfAbsent(incumbent.country(), k -> new TreeSet<>(BY_ID)).add(incumbent);
                incumbents.computeIfAbsent(incumbent.country(), k -> new TreeSet<>(BY_ID)).add(incumbent);
                firstSeen.putIfAbsent(incumbent.id(), new Evidence(e, Evidence.STATED, "acts as the government"));
            }
        }
        for (Event e : sorted) {
            if (e.target().isEmpty() || !(e.code().equals("054") || e.rule().equals("withdraw-recognition"))) {
                continue;
            }
            Party recognizer = Party.country(e.source().country());
            Party claimant = Party.of(e.target().get());
            LocalDate day = e.date().from();
            if (e.rule().equals("withdraw-recognition")) {
                recognitions.add(new Recognition(recognizer, claimant, Recognition.Stance.WITHDREW, day,
                        new Evidence(e, Evidence.STATED, "withdrawal of recognition")));
            } else if (e.isNegated()) {
                recognitions.add(new Recognition(recognizer, claimant, Recognition.Stance.DOES_NOT_RECOGNIZE, day,
                        new Evidence(e, Evidence.STATED, "stated non-recognition")));
            } else {
                recognitions.add(new Recognition(recognizer, claimant, Recognition.Stance.RECOGNIZES, day,
                        new Evidence(e, Evidence.STATED, "stated recognition")));
                for (Party rival : claimants.getOrDefault(claimant.country(), Set.of())) {
                    if (!rival.equals(claimant) && rival.isPerson()) {
                        recognitions.add(new Recognition(recognizer, rival, Recognition.Stance.DOES_NOT_RECOGNIZE,
                                day, new Evidence(e, Evidence.INFERRED, "recognises the rival claimant " + claimant.name())));
                    }
                }
            }
        }
    }

    private static boolean isGovernmentPerson(Actor actor) {
        return actor.entryId().startsWith("person:") && actor.code().length() == 6 && actor.code().endsWith("GOV");
    }

    /** The persons (or governments) claiming or holding the government of {@code country}. */
    Set<Party> claimants(String country) {
        return claimants.getOrDefault(country, Set.of());
    }

    /** The first event that shows {@code claimant} holding or claiming the office. */
    Evidence firstEvidence(Party claimant) {
        Evidence found = firstSeen.get(claimant.id());
        if (found == null) {
            throw new IllegalArgumentException("not a claimant: " + claimant);
        }
        return found;
    }

    /** Claimants coded as the country's government acting with its authority. */
    boolean isIncumbent(Party party) {
        return incumbents.getOrDefault(party.country(), Set.of()).contains(party);
    }

    /**
     * The stances on {@code claimant} in force on {@code day}, one per recognizer, or several where reports of
     * the same day conflict. Ordered by recognizer.
     */
    List<Recognition> stancesOn(Party claimant, LocalDate day) {
        Map<String, List<Recognition>> latest = new TreeMap<>();
        for (Recognition r : recognitions) {
            if (!r.claimant().equals(claimant) || r.since().isAfter(day)) {
                continue;
            }
            List<Recognition> current = latest.get(r.recognizer().id());
            if (current == null || r.since().isAfter(current.get(0).since())) {
                latest.put(r.recognizer().id(), new ArrayList<>(List.of(r)));
            } else if (r.since().equals(current.get(0).since())) {
                merge(current, r);
            }
        }
        List<Recognition> out = new ArrayList<>();
        latest.values().forEach(out::addAll);
        return out;
    }

    /** Same day: a stated stance replaces implied ones; stated stances that disagree are both kept. */
    private static void merge(List<Recognition> current, Recognition r) {
        boolean stated = r.evidence().confidence() >= Evidence.STATED;
        boolean currentStated = current.get(0).evidence().confidence() >= Evidence.STATED;
        if (stated && !currentStated) {
            current.clear();
            current.add(r);
        } else if (stated == currentStated && current.stream().noneMatch(c -> c.stance() == r.stance())) {
            current.add(r);
        }
    }

    /** The stance of {@code recognizer} on {@code claimant} on {@code day}, when it has exactly one. */
    Optional<Recognition> stance(Party recognizer, Party claimant, LocalDate day) {
        List<Recognition> found = stancesOn(claimant, day).stream()
                .filter(r -> r.recognizer().equals(recognizer)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Every recognizer that ever took a stance on a claimant of {@code country}. */
    Set<Party> recognizers(String country) {
        Set<Party> out = new TreeSet<>(BY_ID);
        for (Recognition r : recognitions) {
            if (r.claimant().country().equals(country)) {
                out.add(r.recognizer());
            }
        }
        return out;
    }

    /** The stances {@code recognizer} took on other countries' claimants, in force on {@code day}. */
    List<Recognition> givenBy(String recognizer, LocalDate day) {
        List<Recognition> out = new ArrayList<>();
        for (Map.Entry<String, Set<Party>> e : claimants.entrySet()) {
            for (Party claimant : e.getValue()) {
                stancesOn(claimant, day).stream().filter(r -> r.recognizer().country().equals(recognizer)).forEach(out::add);
            }
        }
        return out;
    }
}
