package org.annals.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryMatcherTest {

    private final StoryMatcher matcher = StoryMatcher.standard();

    private Fingerprint fingerprint(String text) {
        return matcher.fingerprint(text).orElseThrow();
    }

    private boolean sameStory(String a, String b) {
        return matcher.sameStory(fingerprint(a).signature(), fingerprint(b).signature());
    }

    /** True when the two texts would meet as LSH candidates: they share a band key. */
    private boolean candidates(String a, String b) {
        Set<Long> keys = new HashSet<>(fingerprint(a).bandKeys());
        keys.retainAll(fingerprint(b).bandKeys());
        return !keys.isEmpty();
    }

    @Test
    void editedRepublications_areTheSameStory_andMeetAsCandidates() {
        for (String edited : new String[] {WireStories.WITH_ADDED_PARAGRAPH, WireStories.REORDERED_WITH_BOILERPLATE}) {
            assertTrue(sameStory(WireStories.WIRE, edited), edited);
            assertTrue(candidates(WireStories.WIRE, edited), edited);
        }
        assertTrue(sameStory(WireStories.WITH_ADDED_PARAGRAPH, WireStories.REORDERED_WITH_BOILERPLATE));
    }

    @Test
    void otherStoriesOnTheSameSubject_areNot() {
        for (String other : new String[] {WireStories.SAME_EVENT_OWN_WORDS, WireStories.OTHER_STORY}) {
            assertFalse(sameStory(WireStories.WIRE, other), other);
            assertTrue(fingerprint(WireStories.WIRE).signature().similarity(fingerprint(other).signature()) < 0.2);
        }
    }

    @Test
    void fingerprints_haveOneKeyPerBand_andATextWithoutWordsHasNone() {
        Fingerprint fingerprint = fingerprint(WireStories.WIRE);
        assertTrue(fingerprint.bandKeys().size() == StoryMatcher.BANDS);
        assertTrue(fingerprint.shingles() > 100, "shingles: " + fingerprint.shingles());
        assertTrue(matcher.fingerprint("--- * ---").equals(Optional.empty()));
    }
}
