package org.annals.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code roles} column of {@code persons.tsv} and of the user's overlay: {@code ;}-separated codes, each
 * {@code CODE} (valid on every day: the entry's own code), {@code CODE@FROM..TO}, {@code CODE@FROM..} (still
 * held) or {@code CODE@..TO} (held until then), with ISO dates, both ends inclusive.
 */
final class RoleSyntax {
    /** CAMEO actor codes: blocks of three letters or digits, {@code ---} for an unknown country. */
    private static final Pattern CODE = Pattern.compile("(?:[A-Z0-9-]{3})+");

    /** The codes of one entry: its undated code (empty when none) and its dated roles, sorted by first day. */
    record Roles(String code, List<DatedRole> roles) {
        Roles {
            roles = List.copyOf(roles);
        }
    }

    private RoleSyntax() {
    }

    /** True when {@code code} has the shape of a CAMEO actor code ({@code VENGOV}, {@code IGOUNOSEC}, {@code ---GOV}). */
    static boolean isActorCode(String code) {
        return CODE.matcher(code).matches();
    }

    /** Parses a roles column; a later undated code replaces an earlier one. */
    static Roles parse(String column, String where) {
        String code = "";
        List<DatedRole> roles = new ArrayList<>();
        for (String part : column.split(";")) {
            String text = part.strip();
            if (text.isEmpty()) {
                continue;
            }
            int at = text.indexOf('@');
            if (at < 0) {
                code = checkedCode(text, where);
                continue;
            }
            roles.add(role(text, at, where));
        }
        roles.sort(Comparator.comparing(DatedRole::from));
        return new Roles(code, roles);
    }

    private static DatedRole role(String text, int at, String where) {
        int dots = text.indexOf("..", at);
        if (dots < 0) {
            throw new RegistryFormatException(where + ": role must look like CODE@FROM..TO, got '" + text + "'");
        }
        String code = checkedCode(text.substring(0, at).strip(), where);
        String start = text.substring(at + 1, dots).strip();
        String end = text.substring(dots + 2).strip();
        try {
            return new DatedRole(code, start.isEmpty() ? LocalDate.MIN : LocalDate.parse(start),
                    end.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(end)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new RegistryFormatException(where + ": bad role '" + text + "': " + e.getMessage(), e);
        }
    }

    private static String checkedCode(String code, String where) {
        if (!isActorCode(code)) {
            throw new RegistryFormatException(where + ": '" + code
                    + "' is no actor code (blocks of three capital letters or digits, such as VENGOV or ---GOV)");
        }
        return code;
    }
}
