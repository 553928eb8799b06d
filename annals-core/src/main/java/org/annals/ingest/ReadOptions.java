package org.annals.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link InputReader} reads its inputs.
 *
 * @param defaultDate the date for inputs that carry none (the command line's {@code --date})
 * @param maxBytes    inputs larger than this are refused with a {@code too-large} diagnostic
 */
public record ReadOptions(Optional<LocalDate> defaultDate, long maxBytes) {

    /** 20 MiB: far above any news article, low enough that a stray disk image cannot exhaust the heap. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public ReadOptions {
        Objects.requireNonNull(defaultDate, "defaultDate");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
    }

    /** Options with the default size limit. */
    public ReadOptions(Optional<LocalDate> defaultDate) {
        this(defaultDate, DEFAULT_MAX_BYTES);
    }
}
