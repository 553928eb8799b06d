package org.annals.events;

import java.util.Objects;

/**
 * One code of the CAMEO event codebook.
 *
 * @param code      two to four digits
 * @param name      the codebook's name for it
 * @param goldstein its GDELT 2.0 Goldstein score, from -10 (most conflictual) to +10
 */
public record CameoCode(String code, String name, double goldstein) {
    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code must have 2 to 4 digits, got '" + code + "'");
        }
    }

    /** The root, the first two digits. */
    public String root() {
        return code.substring(0, 2);
    }

    /** GDELT QuadClass: 1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20). */
    public int quadClass() {
        int root = Integer.parseInt(root());
        if (root <= 5) {
            return 1;
        }
        if (root <= 8) {
            return 2;
        }
        return root <= 13 ? 3 : 4;
    }
}
