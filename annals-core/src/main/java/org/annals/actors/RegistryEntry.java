package org.annals.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the actor registry: a country, an organisation or a person, with the names it goes by.
 *
 * @param id     a stable id: {@code country:VEN}, {@code org:IGOUNO:United Nations}, {@code person:DONALD_TRUMP}
 * @param kind   what the entry is
 * @param code   the actor code for countries and organisations; for persons, the code when no role is dated
 *               (empty when there is none)
 * @param name   its preferred name
 * @param names  every name it goes by (aliases and the name itself)
 * @param roles  a person's dated roles, sorted by first day; empty for countries and organisations
 * @param source where the entry was read: {@code built-in persons.tsv:17}, {@code overlay /home/me/.annals/actors.tsv:3},
 *               {@code petrarch Phoenix.Countries.actors.txt:53105}
 */
public record RegistryEntry(String id, Kind kind, String code, String name, List<String> names, List<DatedRole> roles,
                            String source) {

    /** What a registry entry stands for. */
    public enum Kind { COUNTRY, ORGANIZATION, PERSON }

    public RegistryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        names = List.copyOf(names);
        roles = List.copyOf(roles);
    }

    /**
     * The code valid on {@code day}: the role held that day (of two, the one that started later, so that a short
     * role inside a long one wins while it lasts), else the entry's own code when it has one.
     */
    public Optional<String> codeOn(LocalDate day) {
        Optional<DatedRole> role = roleOn(day);
        if (role.isPresent()) {
            return Optional.of(role.get().code());
        }
        return code.isEmpty() ? Optional.empty() : Optional.of(code);
    }

    /** The dated role held on {@code day}, if any (the undated default code is no role). */
    public Optional<DatedRole> roleOn(LocalDate day) {
        for (int i = roles.size() - 1; i >= 0; i--) {
            if (roles.get(i).holdsOn(day)) {
                return Optional.of(roles.get(i));
            }
        }
        return Optional.empty();
    }
}
