package org.annals.store;

import java.util.Objects;

/**
 * The event cluster a stored mention belongs to, with GDELT's counts over the whole cluster. A document is one
 * copy of an article (its URL, or its origin without one); an exact duplicate read from two URLs is two
 * documents of one stored text. See {@code org.annals.cluster.Publisher} and {@code EventLinker}.
 *
 * @param id       the cluster's name: its least mention, {@code CONTENTHASH:SEQ}
 * @param mentions NumMentions: every mention in every document, several in one article included
 * @param articles NumArticles: distinct documents with at least one mention
 * @param sources  NumSources: distinct publishers of those documents
 */
public record EventCluster(String id, int mentions, int articles, int sources) {
    public EventCluster {
        Objects.requireNonNull(id, "id");
        if (mentions < articles || articles < sources || sources < 0) {
            throw new IllegalArgumentException("event cluster " + id + " has impossible counts: " + mentions
                    + " mentions, " + articles + " articles, " + sources + " sources");
        }
    }
}
