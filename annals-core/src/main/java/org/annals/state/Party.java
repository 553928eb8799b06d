package org.annals.state;

import java.util.Objects;
import org.annals.model.Actor;

/**
 * An actor as the world state sees it: a country's government, or a person who holds or claims an office.
 *
 * @param id      a stable key: the registry entry of a person ({@code person:NICOLAS_MADURO}), else
 *                {@code country:VEN} for a country or its government
 * @param country the three-letter country (or organisation) code, {@code ---} when unknown
 * @param name    a name for people to read
 */
public record Party(String id, String country, String name) {
    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(name, "name");
    }

    /** The person an actor names, or else its country: "Maduro", "the Maduro regime" give Maduro; "the U.S." gives USA. */
    static Party of(Actor actor) {
        if (actor.entryId().startsWith("person:")) {
            return new Party(actor.entryId(), actor.country(), actor.name());
        }
        return country(actor.country());
    }

    static Party country(String code) {
        return new Party("country:" + code, code, code.equals("---") ? "unspecified governments" : code);
    }

    boolean isPerson() {
        return id.startsWith("person:");
    }

    boolean isUnspecified() {
        return country.equals("---");
    }

    @Override
    public String toString() {
        return isPerson() ? name + " (" + country + ")" : name;
    }
}
