package org.annals.actors;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A code a person held for a span of time: {@code USAGOV} from 2018-04-26 to 2021-01-20.
 *
 * @param code the actor code during the span
 * @param from the first day, inclusive; {@link LocalDate#MIN} when the span has no known start
 * @param to   the last day, inclusive; empty while the role lasts
 */
public record DatedRole(String code, LocalDate from, Optional<LocalDate> to) {
    public DatedRole {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isPresent() && to.get().isBefore(from)) {
            throw new IllegalArgumentException("role " + code + " ends " + to.get() + " before it starts " + from);
        }
    }

    public boolean holdsOn(LocalDate day) {
        return !day.isBefore(from) && to.map(end -> !day.isAfter(end)).orElse(true);
    }

    /** The role as the registry files write it: {@code USAGOV@2017-01-20..2021-01-20}, {@code VENGOV@..2013-03-05}. */
    @Override
    public String toString() {
        return code + "@" + (from.equals(LocalDate.MIN) ? "" : from.toString()) + ".." + to.map(LocalDate::toString).orElse("");
    }
}
