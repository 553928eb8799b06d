package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {

    private final BoilerplateFilter filter = BoilerplateFilter.load();

    @ParameterizedTest
    @ValueSource(strings = {
        "We may earn a commission from links on this page.",
        "This post contains affiliate links.",
        "As an Amazon Associate we earn from qualifying purchases.",
        "Sign up for our daily newsletter",
        "© 2019 Hearst Communications, Inc. All Rights Reserved.",
        "Click here to subscribe",
        "ADVERTISEMENT",
        "Share this article",
        "Read more: Who is Juan Guaidó?",
        "This website uses cookies to improve your experience.",
        "Accept all cookies"
    })
    void bundledPatterns_recogniseCommonBoilerplate(String line) {
        assertTrue(filter.isBoilerplate(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Today, Venezuelan opposition leader Juan Guaidó declared himself the president of the country.",
        "Advertisement revenue at state media fell sharply after the sanctions.",
        "The ministry said it would share this article of the treaty with parliament."
    })
    void articleSentences_areKept(String line) {
        assertFalse(filter.isBoilerplate(line), line);
    }

    @Test
    void longLineMentioningCookies_isKept() {
        String line = "Officials said the website uses cookies " + "and other trackers ".repeat(20);
        assertFalse(filter.isBoilerplate(line));
    }

    @Test
    void clean_keepsParagraphBreaksAndReportsRemovedLines() {
        BoilerplateFilter.Cleaned cleaned = filter.clean(
                "First paragraph,\nsecond line.\n\n\nAdvertisement\n\n  Second paragraph.  \n");
        assertEquals("First paragraph,\nsecond line.\n\nSecond paragraph.", cleaned.body());
        assertEquals(List.of("Advertisement"), cleaned.removed());
    }

    @Test
    void invalidPattern_isRejectedWithTheRegexQuoted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BoilerplateFilter(List.of("share (this")));
        assertTrue(e.getMessage().contains("share (this"), e.getMessage());
    }
}
