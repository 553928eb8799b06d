package org.annals.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.model.Modality;

/**
 * Links mentions of one event, reported by several articles, into event clusters (GDELT's events, of which
 * NumMentions, NumArticles and NumSources are counted).
 *
 * <p>Design note. Two mentions are linked when they have the same <b>key</b> (source actor code, target actor
 * code or none, full CAMEO code, modality) and
 * <ol>
 *   <li>the <b>same date value</b>, at the same precision ({@code 2019-01-23} = {@code 2019-01-23},
 *   {@code 2017} = {@code 2017}), whatever their articles; or</li>
 *   <li>their articles are in the <b>same story cluster</b> and both dates are days <b>at most one day
 *   apart</b>.</li>
 * </ol>
 * An event cluster is a connected component of these links.
 * <p>Trade-off. The full code and both actor codes must agree, so "USA threatens VEN" (138) and "USA threatens
 * VEN with sanctions" (1312) stay two events, as do a government (VENGOV) and its country (VEN): merging across
 * them would need a code hierarchy the counts could not explain. Modality is part of the key so that a refusal
 * ("does not recognise") never counts as a report of the act. Independent reports must name the same day:
 * allowing a day's slack between them, as within a story, would chain a recurring act (daily protests, daily
 * statements) into one cluster running for weeks, since "within a day" is not transitive. Within one story the
 * slack is safe and needed: a wire story republished the next day dates its undated acts by its own date. The
 * cost is that two outlets reporting an undated act on consecutive days count as two events.
 * <p>Incremental and order-free. Links only ever appear (a story cluster only grows), and the store passes this
 * class every mention that can link to a new one (same key and same date value, or same story), with the
 * clusters they are in. A cluster is named after its least mention, so the components, and their names, are
 * those of the whole graph whatever order articles arrive in.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventLinker {

    private EventLinker() {
    }

    /** The part of an event that must agree for two mentions to be one event: source|target|code|modality. */
    public static String key(Event event) {
        // Who vouches for an act does not make it another act: a reported and a plainly stated expulsion are one.
        String modality = event.modality().stream().filter(m -> m != Modality.REPORTED).map(Enum::name).sorted()
                .collect(Collectors.joining(","));
        return event.source().code() + "|" + event.target().map(Actor::code).orElse("") + "|" + event.code() + "|"
                + modality;
    }

    /** True when {@code a} and {@code b} are linked by the rules of the class comment. */
    public static boolean linked(EventMention a, EventMention b) {
        if (!a.key().equals(b.key())) {
            return false;
        }
        if (a.dateValue().equals(b.dateValue())) {
            return true;
        }
        return a.story().equals(b.story()) && a.isDay() && b.isDay()
                && Math.abs(a.from().toEpochDay() - b.from().toEpochDay()) <= 1;
    }

    /**
     * Merges the clusters of {@code mentions} that the rules link. Returns, for every cluster among them, the
     * cluster it is now part of: the least mention of the merged clusters (a cluster's name being its least
     * mention, the least name is the least mention of the union).
     */
    public static Map<MentionId, MentionId> merge(List<EventMention> mentions) {
        Map<MentionId, MentionId> parent = new HashMap<>();
        for (EventMention mention : mentions) {
            parent.put(mention.cluster(), mention.cluster());
        }
        Map<String, List<EventMention>> byKey = mentions.stream()
                .collect(Collectors.groupingBy(EventMention::key, TreeMap::new, Collectors.toList()));
        for (List<EventMention> sameKey : byKey.values()) {
            // Rule 1: all mentions of one date value are linked to each other.
            sameKey.stream().collect(Collectors.groupingBy(EventMention::dateValue)).values()
                    .forEach(group -> group.forEach(m -> union(parent, group.get(0).cluster(), m.cluster())));
            // Rule 2: within a story, days at most one apart; linking neighbours in date order links them all.
            sameKey.stream().filter(EventMention::isDay).collect(Collectors.groupingBy(EventMention::story))
                    .values().forEach(group -> {
                        List<EventMention> sorted = new ArrayList<>(group);
                        sorted.sort(Comparator.comparing(EventMention::from));
                        for (int i = 1; i < sorted.size(); i++) {
                            if (linked(sorted.get(i - 1), sorted.get(i))) {
                                union(parent, sorted.get(i - 1).cluster(), sorted.get(i).cluster());
                            }
                        }
                    });
        }
        Map<MentionId, MentionId> merged = new HashMap<>();
        for (MentionId cluster : parent.keySet()) {
            merged.put(cluster, root(parent, cluster));
        }
        return merged;
    }

    /** Joins two sets, keeping the lesser root, so that every root is the least cluster of its set. */
    private static void union(Map<MentionId, MentionId> parent, MentionId a, MentionId b) {
        MentionId rootA = root(parent, a);
        MentionId rootB = root(parent, b);
        int order = rootA.compareTo(rootB);
        if (order < 0) {
            parent.put(rootB, rootA);
        } else if (order > 0) {
            parent.put(rootA, rootB);
        }
    }

    private static MentionId root(Map<MentionId, MentionId> parent, MentionId id) {
        MentionId root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        // Path compression keeps later look-ups short in large clusters.
        MentionId node = id;
        while (!node.equals(root)) {
            MentionId next = parent.get(node);
            parent.put(node, root);
            node = next;
        }
        return root;
    }
}
