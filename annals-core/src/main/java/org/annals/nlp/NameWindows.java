package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Named entities for the fast pipeline: the CRF sees only the words near capitalised words.
 *
 * <p>Design note. The CRF costs about the same for every word, and in news a name (PERSON, ORGANIZATION,
 * LOCATION) is a run of capitalised words with at most a short lower-case link ("Bank of England", "al-Shabaab").
 * So each sentence is given to the CRF as one shortened sentence: the words within {@value #REACH} of a capitalised
 * word (or a word tagged a proper noun), in order, the gaps left out; the other words are not names. The CRF's
 * features look a few words either way, so a word beside a gap may be tagged otherwise than in the whole sentence.
 * Measured on ConfliBERT's 1,349 sentences and the sample (2026-12-01): the CRF saw about two thirds of the words,
 * and about 1% of the words tagged as names in either run were tagged otherwise. The default pipeline runs the CRF on
 * whole sentences.
 */
final class NameWindows {

    /** Words kept on each side of a capitalised word. */
    static final int REACH = 3;

    private NameWindows() {
    }

    /**
     * Runs {@code entities} (a CoreNLP pipeline with the NER annotator) over the words of {@code sentences} near
     * capitalised words, and sets every other word's class to {@code O}. Returns how many words the CRF saw.
     */
    static int annotate(StanfordCoreNLP entities, Annotation document, List<CoreMap> sentences) {
        List<CoreMap> shortened = new ArrayList<>();
        List<List<CoreLabel>> originals = new ArrayList<>();
        List<CoreLabel> allCopies = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            boolean[] near = nearCapitals(tokens);
            List<CoreLabel> copies = new ArrayList<>();
            List<CoreLabel> kept = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (near[i]) {
                    copies.add(new CoreLabel(tokens.get(i)));
                    kept.add(tokens.get(i));
                } else {
                    tokens.get(i).setNER("O");
                }
            }
            if (!copies.isEmpty()) {
                CoreMap copy = new ArrayCoreMap();
                copy.set(CoreAnnotations.TokensAnnotation.class, copies);
                shortened.add(copy);
                originals.add(kept);
                allCopies.addAll(copies);
            }
        }
        if (shortened.isEmpty()) {
            return 0;
        }
        Annotation view = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
        view.set(CoreAnnotations.TokensAnnotation.class, allCopies);
        view.set(CoreAnnotations.SentencesAnnotation.class, shortened);
        view.set(CoreAnnotations.DocDateAnnotation.class, document.get(CoreAnnotations.DocDateAnnotation.class));
        entities.annotate(view);
        for (int s = 0; s < shortened.size(); s++) {
            List<CoreLabel> copies = shortened.get(s).get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> kept = originals.get(s);
            for (int i = 0; i < copies.size(); i++) {
                kept.get(i).setNER(copies.get(i).ner());
            }
        }
        return allCopies.size();
    }

    /** Which words lie within {@link #REACH} of a capitalised word or a proper noun. */
    static boolean[] nearCapitals(List<CoreLabel> tokens) {
        boolean[] near = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (nameLike(tokens.get(i))) {
                for (int j = Math.max(0, i - REACH); j <= Math.min(tokens.size() - 1, i + REACH); j++) {
                    near[j] = true;
                }
            }
        }
        return near;
    }

    private static boolean nameLike(CoreLabel token) {
        String word = token.word();
        String tag = token.tag();
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) || tag != null && tag.startsWith("NNP");
    }
}
