package org.annals.nlp;

import java.util.Objects;
import org.annals.model.Span;

/**
 * One token of a sentence as the NLP stage saw it.
 *
 * @param index the token's position in its sentence, from 0
 * @param word  the token as written in the text
 * @param lemma its dictionary form, lower case
 * @param tag   its Penn Treebank part-of-speech tag
 * @param ner   its named-entity class ({@code PERSON}, {@code LOCATION}, {@code DATE} ...), {@code O} for none
 * @param span  its characters in the article text
 */
public record Token(int index, String word, String lemma, String tag, String ner, Span span) {
    public Token {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(ner, "ner");
        Objects.requireNonNull(span, "span");
    }

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean isPronoun() {
        return tag.startsWith("PRP");
    }
}
