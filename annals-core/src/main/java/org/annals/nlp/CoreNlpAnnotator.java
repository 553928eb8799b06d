package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Span;

/**
 * The one class that knows Stanford CoreNLP. It turns CoreNLP's annotations into the project's own
 * records, so no other package depends on CoreNLP types.
 *
 * <p>Design note. The pipeline is chosen for what the coder needs, not CoreNLP's defaults (measured in
 * {@code ../shared/notes/corenlp.md} and {@code docs/benchmarks.md}):
 * <ul>
 *   <li>NER uses the single 3-class CRF (PERSON, LOCATION, ORGANIZATION): countries, demonyms and titles are
 *   matched by the actor dictionaries, so the fine-grained KBP gazetteer and the 7- and 4-class models would
 *   triple the cost for nothing we use.</li>
 *   <li>SUTime (dates, durations) runs on its own, only on the words around temporal cues ({@link TimeFinder}):
 *   run by the NER annotator over every sentence it was the largest single cost, and most words are no date. It
 *   runs late, too: only for the sentences the event stage asks about ({@link SentenceTimes}).</li>
 *   <li>The work runs in stages over one CoreNLP document: tokens, sentences, parts of speech and lemmas for
 *   the whole text, quotations a few paragraphs at a time ({@link #quotations}); then a {@link SentenceSelector} chooses the sentences that get named
 *   entities and the dependency parse (all of them in the default pipeline, those with a candidate event word
 *   in the fast one); the others keep tokens, lemmas and parts of speech.</li>
 *   <li>The dependency parser keeps {@value #PARSER_CACHE} hidden-layer products of the features it meets
 *   beyond its precomputed set, not CoreNLP's 5,000: most parse time went on recomputing them.</li>
 *   <li>No statistical coreference: it costs more than everything else together and on news it joins the
 *   wrong chains (the publisher's "we" to "our diplomats"). The actor stage resolves names, titles and
 *   pronouns itself, with reasons a person can check.</li>
 *   <li>Quotations are found by CoreNLP's quote annotator without its attribution (which needs
 *   coreference); the quote stage credits speakers from the dependency parse.</li>
 *   <li>Two newlines end a sentence, so a headline or a one-line paragraph never merges with the next.</li>
 *   <li>Sentences over {@link #MAX_PARSED_TOKENS} tokens are not parsed. CoreNLP 4.5.10's dependency parser has no
 *   length limit of its own (a {@code depparse.maxTokens} property is silently ignored: 143- and 479-token
 *   sentences were parsed in full), so the parse stage is given only the sentences within the limit; the others
 *   are marked {@link AnnotatedSentence#tooLongToParse()}. Such "sentences" are mostly lists, tables and text
 *   without punctuation: their parse is unreliable, and an event coded from one would be a guess.</li>
 * </ul>
 *
 * <p>Interrupts: the tagger, CRF, TokensRegex matchers and parser check the thread's interrupt flag and stop with an
 * exception, and so do the steps between sentences and between the quote annotator's pieces; {@link #annotate} then throws {@link AnnotationException} with
 * the flag set again. CoreNLP's NER annotator, though, catches the exception for each sentence, marks that sentence
 * as failed and goes on, so a caller that gives up on a document must interrupt more than once (the pipeline's
 * {@code ArticleDeadline} does).
 *
 * <p>Thread-safe: CoreNLP's annotators may be called from many threads on distinct documents; the dependency
 * parser is lent by a {@link ParserPool} (one shared parser unless {@code -Dannals.parsers=N}). Build one instance
 * per process; loading the models takes seconds.
 */
public final class CoreNlpAnnotator implements TextAnnotator {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

    /** About how many characters of whole paragraphs the quote annotator is given at a time (see {@link #quotations}). */
    static final int QUOTE_PIECE_CHARACTERS = 8_000;

    /**
     * How many hidden-layer products of features outside its precomputed set the dependency parser keeps
     * (CoreNLP's default is 5,000). Each is 200 floats, so this cache takes about 80 MB a parser; it changes no
     * parse, and on unseen news sentences it made the parse 40-50% faster (docs/benchmarks.md).
     */
    static final int PARSER_CACHE = 100_000;

    /** The longest sentence, in tokens, that is given a dependency parse. */
    public static final int MAX_PARSED_TOKENS = 120;

    private final StanfordCoreNLP words;
    private final StanfordCoreNLP quotes;
    private final StanfordCoreNLP entities;
    private final TimeFinder times;
    private final ParserPool parsers;
    private final Parse parse;
    private final SentenceSelector selector;
    private final StageTimes stageTimes = new StageTimes();

    /**
     * Which dependency parse sentences get: CoreNLP's neural parser for the sentences the selector picks, or
     * Annals' {@link ShallowParser} for every sentence (the fast pipeline; the neural model is then not loaded).
     */
    public enum Parse { NEURAL, SHALLOW }

    private CoreNlpAnnotator(Properties properties, SentenceSelector selector, Parse parse) {
        this.words = stage(properties, "tokenize,ssplit,pos,lemma");
        this.quotes = stage(properties, "quote");
        this.entities = stage(properties, "ner");
        this.times = new TimeFinder(properties);
        this.parse = Objects.requireNonNull(parse, "parse");
        this.parsers = parse == Parse.NEURAL ? ParserPool.of(properties) : null;
        this.selector = Objects.requireNonNull(selector, "selector");
    }

    /** Loads the models of the default pipeline. Slow: call once, from the code that wires the application. */
    public static CoreNlpAnnotator load() {
        return load(SentenceSelector.ALL);
    }

    /**
     * Loads the models; {@code selector} chooses the sentences that get named entities, dates and the
     * dependency parse ({@link SentenceSelector#ALL} for the default pipeline).
     */
    public static CoreNlpAnnotator load(SentenceSelector selector) {
        return load(selector, Parse.NEURAL);
    }

    /** Loads the models; {@code selector} chooses the sentences that get named entities, and {@code parse} the parser. */
    public static CoreNlpAnnotator load(SentenceSelector selector, Parse parse) {
        return new CoreNlpAnnotator(defaultProperties(), selector, parse);
    }

    /** Time spent so far in each part of this annotator, over all threads. */
    public StageTimes stageTimes() {
        return stageTimes;
    }

    /**
     * How many neural parsers are loaded now, and the most this process may load (one per thread parsing at the
     * same time, capped by cores and heap; 0 and 0 for the shallow parse).
     */
    public int[] parsersLoadedAndLimit() {
        return parsers == null ? new int[] {0, 0} : new int[] {parsers.loaded(), parsers.limit()};
    }

    /**
     * Loads the dependency parser anew, dropping what it cached from the text parsed so far: for benchmarks, which
     * warm up on text they then measure. Call it when no thread is annotating.
     */
    public void reloadParsers() {
        if (parsers != null) {
            parsers.reload();
        }
    }

    /** The properties of the default pipeline, for documentation and benchmarks. */
    public static Properties defaultProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,quote");
        props.setProperty("tokenize.options", "invertible=true,splitHyphenated=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.additional.regexner.mapping", "");
        props.setProperty("depparse.numCached", Integer.toString(PARSER_CACHE));
        props.setProperty("quote.attributeQuotes", "false");
        props.setProperty("quote.extractUnclosedQuotes", "false");
        return props;
    }

    /** One CoreNLP pipeline running some of the annotators over a document the earlier stages prepared. */
    private static StanfordCoreNLP stage(Properties defaults, String annotators) {
        Properties props = new Properties();
        props.putAll(defaults);
        props.setProperty("annotators", annotators);
        props.setProperty("enforceRequirements", "false");
        return new StanfordCoreNLP(props);
    }

    @Override
    public AnnotatedText annotate(String text, LocalDate date) {
        Annotation document = new Annotation(text);
        document.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        try {
            long start = System.nanoTime();
            words.annotate(document);
            List<QuotationSpan> quotations = quotations(document, text);
            long wordsDone = System.nanoTime();
            stageTimes.add(StageTimes.Part.WORDS, wordsDone - start);
            List<CoreMap> all = document.get(CoreAnnotations.SentencesAnnotation.class);
            List<CoreMap> full = new ArrayList<>();
            for (CoreMap sentence : all) {
                if (selector == SentenceSelector.ALL
                        || selector.fullAnalysis(tokens(sentence.get(CoreAnnotations.TokensAnnotation.class)))) {
                    full.add(sentence);
                }
            }
            annotateSome(entities, document, full);
            long entitiesDone = System.nanoTime();
            stageTimes.add(StageTimes.Part.ENTITIES, entitiesDone - wordsDone);
            if (parse == Parse.NEURAL) {
                parsers.parse(full.stream()
                        .filter(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= MAX_PARSED_TOKENS).toList());
            }
            stageTimes.add(StageTimes.Part.PARSE, System.nanoTime() - entitiesDone);
            Set<CoreMap> analysed = Collections.newSetFromMap(new IdentityHashMap<>());
            analysed.addAll(full);
            stageTimes.count(all.size(), full.size(), document.get(CoreAnnotations.TokensAnnotation.class).size());
            List<Integer> paragraphStarts = paragraphStarts(text);
            List<AnnotatedSentence> sentences = new ArrayList<>(all.size());
            for (CoreMap sentence : all) {
                List<Token> tokens = tokens(sentence.get(CoreAnnotations.TokensAnnotation.class));
                boolean parseable = tokens.size() <= MAX_PARSED_TOKENS;
                boolean tooLong = analysed.contains(sentence) && !parseable;
                SentenceTimes times = analysed.contains(sentence) ? deferredTimes(sentence, date) : SentenceTimes.of(List.of());
                sentences.add(toSentence(sentences.size(), sentence, paragraphStarts, tokens,
                        parseable ? dependencies(sentence, tokens) : List.of(), times, tooLong));
            }
            return new AnnotatedText(sentences, quotations);
        } catch (RuntimeInterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnnotationException("CoreNLP was interrupted", e);
        } catch (RuntimeException e) {
            throw new AnnotationException("CoreNLP failed: " + e, e);
        }
    }

    /** SUTime over the sentence's temporal cues, run when the event stage first asks (see {@link SentenceTimes}). */
    private SentenceTimes deferredTimes(CoreMap sentence, LocalDate date) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        return SentenceTimes.deferred(() -> {
            long start = System.nanoTime();
            try {
                return times.find(labels, date.toString());
            } finally {
                stageTimes.add(StageTimes.Part.DATES, System.nanoTime() - start);
            }
        });
    }

    /**
     * Runs {@code stage} over some sentences of {@code document}: a view of the document that shares its text,
     * tokens and date but lists only those sentences, so the annotations land on the document's own sentences.
     */
    private static void annotateSome(StanfordCoreNLP stage, Annotation document, List<CoreMap> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        Annotation view = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
        view.set(CoreAnnotations.TokensAnnotation.class, document.get(CoreAnnotations.TokensAnnotation.class));
        view.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        view.set(CoreAnnotations.DocDateAnnotation.class, document.get(CoreAnnotations.DocDateAnnotation.class));
        stage.annotate(view);
    }

    private static List<Token> tokens(List<CoreLabel> labels) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            tokens.add(token(i, labels.get(i)));
        }
        return tokens;
    }

    private static Token token(int index, CoreLabel label) {
        String lemma = label.lemma() == null ? label.word() : label.lemma();
        String ner = label.ner() == null ? "O" : label.ner();
        return new Token(index, label.originalText(), lemma.toLowerCase(Locale.ROOT), label.tag(), ner,
                new Span(label.beginPosition(), label.endPosition()));
    }

    private static AnnotatedSentence toSentence(int index, CoreMap sentence, List<Integer> paragraphStarts,
                                                List<Token> tokens, List<Dependency> edges, SentenceTimes times,
                                                boolean tooLongToParse) {
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new AnnotatedSentence(index, paragraphOf(begin, paragraphStarts), new Span(begin, end),
                sentence.get(CoreAnnotations.TextAnnotation.class), tokens, edges, times,
                tooLongToParse);
    }

    /** The neural parse CoreNLP left on the sentence, or the shallow parse of its tokens (timed as the parse). */
    private List<Dependency> dependencies(CoreMap sentence, List<Token> tokens) {
        if (parse == Parse.NEURAL) {
            return dependencies(sentence);
        }
        long start = System.nanoTime();
        List<Dependency> edges = ShallowParser.parse(tokens);
        stageTimes.add(StageTimes.Part.PARSE, System.nanoTime() - start);
        return edges;
    }

    private static List<Dependency> dependencies(CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        List<Dependency> edges = new ArrayList<>();
        if (graph == null) {
            return edges;
        }
        for (IndexedWord root : graph.getRoots()) {
            edges.add(new Dependency("root", Dependency.ROOT, root.index() - 1));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            edges.add(new Dependency(edge.getRelation().toString(), edge.getGovernor().index() - 1,
                    edge.getDependent().index() - 1));
        }
        edges.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor)
                .thenComparing(Dependency::relation));
        return edges;
    }

    /**
     * The quotations of the document, found by CoreNLP's quote annotator piece by piece: a piece is whole
     * paragraphs of about {@link #QUOTE_PIECE_CHARACTERS} characters. The annotator first rebuilds the text from
     * the tokens by appending one token at a time to a string, which costs time in the square of the text's
     * length and cannot be interrupted (measured: 9 s on a 130,000-character article, with interrupts ignored
     * throughout); on pieces it is linear in the article, and an article whose time is up stops between pieces.
     * A quotation that runs across a piece's boundary is not found; paragraphs rarely end inside one.
     */
    private List<QuotationSpan> quotations(Annotation document, String text) {
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        List<QuotationSpan> found = new ArrayList<>();
        int first = 0;
        while (first < sentences.size()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new RuntimeInterruptedException();
            }
            int last = first;
            int pieceBegin = begin(sentences.get(first));
            while (last + 1 < sentences.size() && !(end(sentences.get(last)) - pieceBegin >= QUOTE_PIECE_CHARACTERS
                    && startsParagraph(text, end(sentences.get(last)), begin(sentences.get(last + 1))))) {
                last++;
            }
            if (sentences.get(first).get(CoreAnnotations.TokenBeginAnnotation.class)
                    < sentences.get(last).get(CoreAnnotations.TokenEndAnnotation.class)) {
                Annotation piece = piece(text, tokens, sentences.subList(first, last + 1));
                piece.set(CoreAnnotations.DocDateAnnotation.class, document.get(CoreAnnotations.DocDateAnnotation.class));
                quotes.annotate(piece);
                addQuotations(piece, pieceBegin, text, sentences, found);
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

    private static void addQuotations(Annotation piece, int offset, String text, List<CoreMap> sentences,
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
            into.add(new QuotationSpan(new Span(begin, end), inner, sentenceAt(sentences, begin),
                    sentenceAt(sentences, end - 1)));
        }
    }

    /** The index of the last sentence that begins at or before {@code offset}. */
    private static int sentenceAt(List<CoreMap> sentences, int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (begin(sentences.get(mid)) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static boolean startsParagraph(String text, int previousEnd, int begin) {
        return PARAGRAPH_BREAK.matcher(text.substring(previousEnd, begin)).find();
    }

    private static int begin(CoreMap sentence) {
        return sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    }

    private static int end(CoreMap sentence) {
        return sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    private static List<Integer> paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        while (m.find()) {
            starts.add(m.end());
        }
        return starts;
    }

    private static int paragraphOf(int offset, List<Integer> paragraphStarts) {
        int paragraph = 0;
        for (int i = 1; i < paragraphStarts.size() && paragraphStarts.get(i) <= offset; i++) {
            paragraph = i;
        }
        return paragraph;
    }
}
