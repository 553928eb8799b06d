package org.annals.nlp;

import java.util.Objects;

/**
 * A typed edge of the enhanced Universal Dependencies graph of one sentence.
 *
 * @param relation  the relation, with its case marker where enhanced UD adds one ({@code obl:against}, {@code nmod:poss})
 * @param governor  the head token's index, or {@link #ROOT} for the root edge
 * @param dependent the dependent token's index
 */
public record Dependency(String relation, int governor, int dependent) {
    public static final int ROOT = -1;

    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (dependent < 0) {
            throw new IllegalArgumentException("dependent index must not be negative, got " + dependent);
        }
    }

    /** The relation without its subtype: {@code obl} for {@code obl:against}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The relation's subtype, such as the case marker: {@code against} for {@code obl:against}; empty for none. */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
