package org.annals.state;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An office a person is given by a title in the text: "President Nicolás Maduro" holds the head of state's office
 * on the article's date.
 *
 * @param office    the office
 * @param holds     true for a plain title; false for "interim" or "self-proclaimed", which claim the office
 * @param title     the mention as written
 * @param since     the date of the first article that gives it
 * @param articleId that article
 * @param sentence  the sentence of the mention
 */
public record OfficeTitle(Office office, boolean holds, String title, LocalDate since, String articleId, int sentence) {

    /** The offices the state tells apart. */
    public enum Office { HEAD_OF_STATE, HEAD_OF_GOVERNMENT, LEGISLATURE }

    /** Title words, longest first, and the office each names. */
    private static final List<Object[]> TITLES = List.of(
            new Object[] {"president of the national assembly", Office.LEGISLATURE},
            new Object[] {"head of the national assembly", Office.LEGISLATURE},
            new Object[] {"speaker", Office.LEGISLATURE},
            new Object[] {"prime minister", Office.HEAD_OF_GOVERNMENT},
            new Object[] {"premier", Office.HEAD_OF_GOVERNMENT},
            new Object[] {"chancellor", Office.HEAD_OF_GOVERNMENT},
            new Object[] {"president", Office.HEAD_OF_STATE},
            new Object[] {"king", Office.HEAD_OF_STATE},
            new Object[] {"queen", Office.HEAD_OF_STATE},
            new Object[] {"emir", Office.HEAD_OF_STATE},
            new Object[] {"sultan", Office.HEAD_OF_STATE});

    public OfficeTitle {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(articleId, "articleId");
    }

    /** What a title says: the office, and whether it is held or claimed. */
    record Reading(Office office, boolean holds) {
    }

    /**
     * The office a mention's words give, if any. "Former president", "vice president", "deputy speaker" and
     * "president-elect" hold no office; "interim" and "self-proclaimed" claim one; a title must be a word of its own.
     */
    static Optional<Reading> read(String mention) {
        String text = " " + mention.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
        if (text.contains(" former ") || text.contains(" ex ") || text.contains(" vice ") || text.contains(" deputy ")
                || text.contains(" elect ")) {
            return Optional.empty();
        }
        boolean claimed = text.contains(" interim ") || text.contains(" self proclaimed ");
        for (Object[] title : TITLES) {
            if (text.contains(" " + title[0] + " ")) {
                return Optional.of(new Reading((Office) title[1], !claimed));
            }
        }
        return Optional.empty();
    }

    /** The office in words: "head of state". */
    public String describe() {
        return (holds ? "" : "claims ") + office.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
