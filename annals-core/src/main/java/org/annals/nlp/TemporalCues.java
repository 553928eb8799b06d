package org.annals.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence may hold a date, time or duration, so that SUTime runs only where it can find one.
 *
 * <p>Design note. SUTime matches hundreds of token-sequence rules against every sentence and was the largest
 * single cost of the pipeline (about 40% of CPU time in a profile of 50 news articles, more than the dependency
 * parser). Every date, time or duration it resolves contains a year or numeric date, or one of the words below (month
 * and day names, calendar units, deictic words such as "today" or "ago", seasons and holidays), so a sentence without
 * any of them is skipped with no change in the dates found. The list errs on the side of running SUTime: a false cue costs time,
 * a missing one would lose a date.
 */
final class TemporalCues {
    /** Month and day names and their abbreviations (with or without a period), matched as written: "may" and
     * "march" are also verbs. */
    private static final Set<String> NAMES = Set.of(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
            "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue",
            "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Christmas", "Easter", "Ramadan", "Eid",
            "Hanukkah", "Thanksgiving", "Halloween", "Passover", "Diwali");

    /**
     * Words that head or make a date, time or duration on their own, matched in lower case. Words that make only a
     * reference to the present, past or future ("now", "recently", "soon": SUTime's PRESENT_REF, PAST_REF,
     * FUTURE_REF) or a frequency ("daily", "annual") are not cues: no stage reads such values, and next to a real
     * cue ("since 2017", "until Friday", "two days later") the cue's window takes them in. Dropping them left every
     * date and duration found in ConfliBERT's 1,349 sentences and the sample unchanged and 9% fewer windows.
     */
    private static final Set<String> WORDS = Set.of(
            "today", "tonight", "yesterday", "tomorrow", "ago",
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "weekend",
            "weekends", "fortnight", "month", "months", "year", "years", "decade", "decades", "century",
            "centuries", "millennium", "quarter", "quarters", "semester", "season", "seasons",
            "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights", "dawn",
            "dusk", "noon", "midnight", "midday", "daybreak", "sunrise", "sunset", "overnight", "o'clock", "am",
            "pm", "a.m.", "p.m.", "spring", "summer", "autumn", "fall", "winter", "holiday", "holidays");

    private TemporalCues() {
    }

    /** The index of the first cue at or after {@code from}, or -1. */
    static int nextCue(List<CoreLabel> tokens, int from) {
        for (int t = from; t < tokens.size(); t++) {
            if (isCue(tokens.get(t).word())) {
                return t;
            }
        }
        return -1;
    }

    static boolean isCue(String word) {
        String bare = word.length() > 1 && word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return isDateNumber(word) || NAMES.contains(bare) || WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A number that is a date or a time by itself: a year ("2019", "1990s"), a numeric date or clock time
     * ("2019-01-23", "1/23", "10:30"). Other numbers ("72 hours", "Jan. 23", "40-year-old") are dates only next to
     * a word cue, whose window takes them in; counts and sums ("12 people", "$5 million") start no window.
     */
    private static boolean isDateNumber(String word) {
        int digits = 0;
        boolean separator = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (c == '/' || c == ':' || c == '-' || c == '.') {
                separator = true;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (separator && digits >= 2) {
            return true;
        }
        if (digits == 4 && (word.length() == 4 || word.endsWith("s"))) {
            char first = word.charAt(0);
            return first == '1' || first == '2';
        }
        return false;
    }
}
