package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.annals.model.Span;

/**
 * The quotations of a document CoreNLP has split into sentences: CoreNLP's quote annotator (without attribution),
 * given a few paragraphs at a time. Thread-safe, as the annotator is.
 */
final class QuotationFinder {

    /** About how many characters of whole paragraphs the quote annotator is given at a time. */
    static final int PIECE_CHARACTERS = 8_000;

    private final StanfordCoreNLP quotes;

    /** @param quotes a CoreNLP pipeline running the quote annotator alone */
    QuotationFinder(StanfordCoreNLP quotes) {
        this.quotes = quotes;
    }

    /**
     * The quotations of the document, found by CoreNLP's quote annotator piece by piece: a piece is whole
     * paragraphs of about {@link #PIECE_CHARACTERS} characters. The annotator first rebuilds the text from
     * the tokens by appending one token at a time to a string, which costs time in the square of the text's
     * length and cannot be interrupted (measured: 9 s on a 130,000-character article, with interrupts ignored
     * throughout); on pieces it is linear in the article, and an article whose time is up stops between pieces.
     * A quotation that runs across a piece's boundary is not found; paragraphs rarely end inside one.
     */
    List<QuotationSpan> find(Annotation document, String text, List<Integer> paragraphStarts) {
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<Integer> sentenceBegins = sentences.stream().map(QuotationFinder::begin).toList();
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        List<QuotationSpan> found = new ArrayList<>();
        int first = 0;
        while (first < sentences.size()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new RuntimeInterruptedException();
            }
            int last = first;
            int pieceBegin = begin(sentences.get(first));
            while (last + 1 < sentences.size() && !(end(sentences.get(last)) - pieceBegin >= PIECE_CHARACTERS
                    && startsParagraph(paragraphStarts, end(sentences.get(last)), begin(sentences.get(last + 1))))) {
                last++;
            }
            if (sentences.get(first).get(CoreAnnotations.TokenBeginAnnotation.class)
                    < sentences.get(last).get(CoreAnnotations.TokenEndAnnotation.class)) {
                Annotation piece = piece(text, tokens, sentences.subList(first, last + 1));
                piece.set(CoreAnnotations.DocDateAnnotation.class, document.get(CoreAnnotations.DocDateAnnotation.class));
                quotes.annotate(piece);
                addQuotations(piece, pieceBegin, text, sentenceBegins, found);
            }
            first = last + 1;
        }
        found.sort(Comparator.comparingInt(q -> q.span().begin()));
        return found;
    }

    /**
     * A document of its own holding some sentences of the article: its text starts at the first sentence, and
     * copies of the tokens and sentences carry offsets into it (the quote annotator's cost grows with the square
     * of the characters before the last token, so the text before the piece must not be part of it).
     */
    private static Annotation piece(String text, List<CoreLabel> tokens, List<CoreMap> sentences) {
        int offset = begin(sentences.get(0));
        int firstToken = sentences.get(0).get(CoreAnnotations.TokenBeginAnnotation.class);
        int endToken = sentences.get(sentences.size() - 1).get(CoreAnnotations.TokenEndAnnotation.class);
        List<CoreLabel> pieceTokens = new ArrayList<>(endToken - firstToken);
        for (CoreLabel token : tokens.subList(firstToken, endToken)) {
            CoreLabel copy = new CoreLabel(token);
            copy.setBeginPosition(token.beginPosition() - offset);
            copy.setEndPosition(token.endPosition() - offset);
            pieceTokens.add(copy);
        }
        List<CoreMap> pieceSentences = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            CoreMap copy = new ArrayCoreMap(sentence);
            int tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class) - firstToken;
            int tokenEnd = sentence.get(CoreAnnotations.TokenEndAnnotation.class) - firstToken;
            copy.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin(sentence) - offset);
            copy.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end(sentence) - offset);
            copy.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
            copy.set(CoreAnnotations.TokenEndAnnotation.class, tokenEnd);
            copy.set(CoreAnnotations.TokensAnnotation.class, pieceTokens.subList(tokenBegin, tokenEnd));
            pieceSentences.add(copy);
        }
        Annotation piece = new Annotation(text.substring(offset, end(sentences.get(sentences.size() - 1))));
        piece.set(CoreAnnotations.TokensAnnotation.class, pieceTokens);
        piece.set(CoreAnnotations.SentencesAnnotation.class, pieceSentences);
        return piece;
    }

    private static void addQuotations(Annotation piece, int offset, String text, List<Integer> sentenceBegins,
                                      List<QuotationSpan> into) {
        List<CoreMap> found = piece.get(CoreAnnotations.QuotationsAnnotation.class);
        if (found == null) {
            return;
        }
        for (CoreMap quote : found) {
            int begin = offset + quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = offset + quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (end - begin < 2) {
                continue;
            }
            // Sentences by offset in the whole document (CoreNLP's indices would count within the piece).
            String inner = text.substring(begin + 1, end - 1).strip();
            into.add(new QuotationSpan(new Span(begin, end), inner, CoreNlpAnnotator.lastAtOrBefore(sentenceBegins, begin),
                    CoreNlpAnnotator.lastAtOrBefore(sentenceBegins, end - 1)));
        }
    }

    private static boolean startsParagraph(List<Integer> paragraphStarts, int previousEnd, int begin) {
        return CoreNlpAnnotator.paragraphOf(begin, paragraphStarts)
                != CoreNlpAnnotator.paragraphOf(previousEnd, paragraphStarts);
    }

    private static int begin(CoreMap sentence) {
        return sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    }

    private static int end(CoreMap sentence) {
        return sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

}
