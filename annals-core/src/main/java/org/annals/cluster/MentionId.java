package org.annals.cluster;

import java.util.Comparator;
import java.util.Objects;

/**
 * One coded event row, a mention: the article's content hash and the event's position in it. An event cluster is
 * named after its least mention, so its id depends on its members only, never on the order they arrived in.
 *
 * @param contentHash the article's content hash
 * @param seq         the event's index in the article's events
 */
public record MentionId(String contentHash, int seq) implements Comparable<MentionId> {

    private static final Comparator<MentionId> ORDER =
            Comparator.comparing(MentionId::contentHash).thenComparingInt(MentionId::seq);

    public MentionId {
        Objects.requireNonNull(contentHash, "contentHash");
        if (contentHash.isEmpty() || contentHash.indexOf(':') >= 0) {
            throw new IllegalArgumentException("not a content hash: '" + contentHash + "'");
        }
        if (seq < 0) {
            throw new IllegalArgumentException("seq must not be negative, got " + seq);
        }
    }

    /** Reads the form {@link #toString()} writes, {@code HASH:SEQ}. */
    public static MentionId parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a mention id (HASH:SEQ): '" + text + "'");
        }
        try {
            return new MentionId(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a mention id (HASH:SEQ): '" + text + "'", e);
        }
    }

    @Override
    public int compareTo(MentionId other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return contentHash + ":" + seq;
    }
}
