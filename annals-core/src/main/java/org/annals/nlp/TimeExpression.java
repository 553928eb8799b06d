package org.annals.nlp;

import java.util.Objects;

/**
 * A date, time or duration found by SUTime, resolved against the article date.
 *
 * @param firstToken the index of its first token
 * @param lastToken  the index of its last token
 * @param text       the words, as written
 * @param type       {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value      the TIMEX3 value: {@code 2019-01-23}, {@code 2017}, {@code PT72H}, {@code PAST_REF}...
 */
public record TimeExpression(int firstToken, int lastToken, String text, String type, String value) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
