package org.annals.language;

import java.util.Locale;
import java.util.Objects;

/**
 * What the language stage decided about one text.
 *
 * @param language an ISO 639-1 code ({@code en}, {@code es}), or {@link #UNDETERMINED} ({@code und}) when the
 *                 text is too short or too mixed to tell; an undetermined text is coded as English
 * @param evidence a short phrase a person can check, such as {@code "English scored 0.56 of Spanish"}
 */
public record LanguageGuess(String language, String evidence) {

    /** The ISO 639-2 code for "undetermined", as in BCP 47. */
    public static final String UNDETERMINED = "und";

    /** The one language Annals codes. */
    public static final String ENGLISH = "en";

    public LanguageGuess {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(evidence, "evidence");
        if (!language.matches("[a-z]{2}|und")) {
            throw new IllegalArgumentException("language must be an ISO 639-1 code or und, got \"" + language + "\"");
        }
    }

    /** True when the text is, with confidence, in a language other than English: it is then not coded. */
    public boolean notEnglish() {
        return !language.equals(ENGLISH) && !language.equals(UNDETERMINED);
    }

    /** The language's English name ("Spanish"), or "undetermined". */
    public String displayName() {
        return language.equals(UNDETERMINED) ? "undetermined"
                : Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
    }
}
