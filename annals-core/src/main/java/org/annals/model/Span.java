package org.annals.model;

/**
 * A half-open range {@code [begin, end)} of character offsets into an article's text.
 */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("span must satisfy 0 <= begin <= end, got [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** The text this span covers in {@code text}. */
    public String of(String text) {
        return text.substring(begin, end);
    }
}
