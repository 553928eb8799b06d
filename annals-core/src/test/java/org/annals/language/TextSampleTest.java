package org.annals.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextSampleTest {

    @Test
    void shortText_isTakenWhole() {
        String text = "word ".repeat(200);
        assertEquals(text, TextSample.of(text));
    }

    @Test
    void longText_givesThreeWindowsOfWholeWordsFromBeginningMiddleAndEnd() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append("w").append(i).append(' ');
        }
        String sample = TextSample.of(text.toString().strip());
        String[] windows = sample.split("\n");
        assertEquals(3, windows.length, sample);
        assertTrue(windows[0].startsWith("w0 w1 "), windows[0]);
        assertTrue(windows[1].startsWith("w2"), "the middle window starts at a word: " + windows[1]);
        assertTrue(windows[2].endsWith("w4999"), windows[2]);
        for (String window : windows) {
            assertTrue(window.length() <= TextSample.WINDOW, window);
            assertTrue(window.length() > TextSample.WINDOW - 15, window);
            for (String word : window.split(" ")) {
                assertTrue(word.matches("w\\d+"), "a word was cut: " + word);
            }
        }
    }

    @Test
    void textWithoutSpaces_isCutBetweenCharactersNeverInsideOne() {
        String text = "中国\uD83D\uDE00宣布".repeat(500);
        String sample = TextSample.of(text);
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < sample.length() && Character.isLowSurrogate(sample.charAt(i + 1)), "cut at " + i);
            }
            if (Character.isLowSurrogate(c)) {
                assertTrue(i > 0 && Character.isHighSurrogate(sample.charAt(i - 1)), "cut at " + i);
            }
        }
        assertFalse(sample.isEmpty());
    }
}
