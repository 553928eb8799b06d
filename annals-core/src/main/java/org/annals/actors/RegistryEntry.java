package org.annals.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the actor registry: a country, an organisation or a person, with the names it goes by.
 *
 * @param id    a stable id: {@code country:VEN}, {@code org:IGOUNO}, {@code person:DONALD_TRUMP}
 * @param kind  what the entry is
 * @param code  the actor code for countries and organisations; for persons, the code when no role is dated
 * @param name  its preferred name
 * @param names every name it goes by (aliases and the name itself)
 * @param roles a person's dated roles, newest last; empty for countries and organisations
 */
public record RegistryEntry(String id, Kind kind, String code, String name, List<String> names, List<DatedRole> roles) {

    /** What a registry entry stands for. */
    public enum Kind { COUNTRY, ORGANIZATION, PERSON }

    public RegistryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        names = List.copyOf(names);
        roles = List.copyOf(roles);
    }

    /** The code valid on {@code day}: the role held that day, else the entry's own code when it has one. */
    public Optional<String> codeOn(LocalDate day) {
        for (int i = roles.size() - 1; i >= 0; i--) {
            if (roles.get(i).holdsOn(day)) {
                return Optional.of(roles.get(i).code());
            }
        }
        return code.isEmpty() ? Optional.empty() : Optional.of(code);
    }
}
