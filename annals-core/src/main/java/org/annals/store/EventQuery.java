package org.annals.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stored events {@link EventStore#events} returns. Every present criterion must hold.
 *
 * @param actor an actor code prefix, matched case-insensitively against the source or the target code:
 *              {@code USA} matches {@code USAGOV}
 * @param code  an event code prefix: {@code 16} matches {@code 161} and {@code 163}
 * @param from  the first day of interest, inclusive: events whose date interval ends before it are left out
 * @param to    the last day of interest, inclusive: events whose date interval starts after it are left out
 * @param cluster an event cluster, {@code CONTENTHASH:SEQ}, where the hash may be cut to a prefix
 *              ({@code 3f2a9c1d0e4b:2}); without {@code :SEQ}, every cluster named with a hash of that prefix
 * @param limit the most events to return, at least 1
 */
public record EventQuery(Optional<String> actor, Optional<String> code, Optional<LocalDate> from,
                         Optional<LocalDate> to, Optional<String> cluster, int limit) {

    public EventQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(cluster, "cluster");
        if (cluster.isPresent() && !cluster.get().matches("[0-9a-f]+(:\\d+)?")) {
            throw new IllegalArgumentException("not an event cluster (HASH:SEQ, the hash cut to any prefix): '"
                    + cluster.get() + "'");
        }
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("date range ends before it starts: " + from.get() + " > " + to.get());
        }
    }

    /** Every stored event, without limit. */
    public static EventQuery all() {
        return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Integer.MAX_VALUE);
    }

    /** This query, restricted to events whose source or target code starts with {@code actorPrefix}. */
    public EventQuery withActor(String actorPrefix) {
        return new EventQuery(Optional.of(actorPrefix), code, from, to, cluster, limit);
    }

    /** This query, restricted to events whose code starts with {@code codePrefix}. */
    public EventQuery withCode(String codePrefix) {
        return new EventQuery(actor, Optional.of(codePrefix), from, to, cluster, limit);
    }

    /** This query, restricted to events whose date interval overlaps {@code [first, last]}. */
    public EventQuery between(LocalDate first, LocalDate last) {
        return new EventQuery(actor, code, Optional.of(first), Optional.of(last), cluster, limit);
    }

    /** This query, returning at most {@code max} events. */
    public EventQuery withLimit(int max) {
        return new EventQuery(actor, code, from, to, cluster, max);
    }

    /** This query, restricted to the mentions of one event cluster (see {@code cluster} above). */
    public EventQuery inCluster(String clusterId) {
        return new EventQuery(actor, code, from, to, Optional.of(clusterId), limit);
    }
}
