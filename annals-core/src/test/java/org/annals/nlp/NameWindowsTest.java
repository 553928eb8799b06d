package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameWindowsTest {

    private static List<CoreLabel> tokens(String... wordAndTag) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String pair : wordAndTag) {
            CoreLabel token = new CoreLabel();
            token.setWord(pair.substring(0, pair.lastIndexOf('/')));
            token.setTag(pair.substring(pair.lastIndexOf('/') + 1));
            tokens.add(token);
        }
        return tokens;
    }

    @Test
    void wordsWithinThreeOfACapitalisedWordOrProperNoun_areNearNames() {
        List<CoreLabel> sentence = tokens("the/DT", "talks/NNS", "were/VBD", "held/VBN", "in/IN", "a/DT", "small/JJ",
                "hotel/NN", "outside/IN", "Oslo/NNP", "on/IN", "a/DT", "rainy/JJ", "day/NN", "with/IN", "no/DT",
                "result/NN", "al-Shabaab/NNP");
        boolean[] near = NameWindows.nearCapitals(sentence);
        boolean[] expected = new boolean[sentence.size()];
        for (int i = 6; i <= 12; i++) {
            expected[i] = true;
        }
        for (int i = 14; i <= 17; i++) {
            expected[i] = true;
        }
        assertArrayEquals(expected, near);
    }

    @Test
    void sentenceWithoutNames_hasNoWordNearOne() {
        assertArrayEquals(new boolean[4], NameWindows.nearCapitals(tokens("talks/NNS", "were/VBD", "held/VBN", "./.")));
    }
}
