package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
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
 *   the whole text, quotations a few paragraphs at a time ({@link QuotationFinder}); then a {@link SentenceSelector}
 *   chooses the sentences that get named entities and the dependency parse (all of them in the default pipeline, those with a candidate event word
 *   in the fast one, where the CRF sees only the words near capitalised words: {@link NameWindows}); the others keep
 *   tokens, lemmas and parts of speech.</li>
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
 * exception, and so do the steps between sentences and between the quote annotator's pieces; {@link #annotate} then
 * throws {@link AnnotationException} with the flag set again. CoreNLP's NER annotator, though, catches the exception for each sentence, marks that sentence
 * as failed and goes on, so a caller that gives up on a document must interrupt more than once (the pipeline's
 * {@code ArticleDeadline} does).
 *
 * <p>Thread-safe: CoreNLP's annotators may be called from many threads on distinct documents; the dependency
 * parser is lent by a {@link ParserPool} (one shared parser unless {@code -Dannals.parsers=N}). Build one instance
 * per process; loading the models takes seconds.
 */
public final class CoreNlpAnnotator implements TextAnnotator {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

    /**
     * How many hidden-layer products of features outside its precomputed set the dependency parser keeps
     * (CoreNLP's default is 5,000). Each is 200 floats, so this cache takes about 80 MB a parser; it changes no
     * parse, and on unseen news sentences it made the parse 40-50% faster (docs/benchmarks.md).
     */
    static final int PARSER_CACHE = 100_000;

    /** The longest sentence, in tokens, that is given a dependency parse. */
    public static final int MAX_PARSED_TOKENS = 120;

    private final StanfordCoreNLP words;
    private final QuotationFinder quotes;
    private final StanfordCoreNLP entities;
    private final TimeFinder times;
    private final ParserPool parsers;
    private final Parse parse;
    private final Entities entityWords;
    private final SentenceSelector selector;
    private final StageTimes stageTimes = new StageTimes();

    /**
     * Which dependency parse sentences get: CoreNLP's neural parser for the sentences the selector picks, or
     * Annals' {@link ShallowParser} for every sentence (the fast pipeline; the neural model is then not loaded).
     */
    public enum Parse { NEURAL, SHALLOW }

    /**
     * Which words of a selected sentence the named-entity CRF sees: all of them, or those near capitalised words
     * ({@link NameWindows}, the fast pipeline).
     */
    public enum Entities { WHOLE_SENTENCES, NEAR_CAPITALS }

    private CoreNlpAnnotator(Properties properties, SentenceSelector selector, Parse parse, Entities entityWords) {
        this.words = stage(properties, "tokenize,ssplit,pos,lemma");
        this.quotes = new QuotationFinder(stage(properties, "quote"));
        this.entities = stage(properties, "ner");
        this.times = new TimeFinder(properties);
        this.parse = Objects.requireNonNull(parse, "parse");
        this.entityWords = Objects.requireNonNull(entityWords, "entityWords");
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
        return load(selector, parse, Entities.WHOLE_SENTENCES);
    }

    /**
     * Loads the models; {@code selector} chooses the sentences that get named entities, {@code parse} the parser and
     * {@code entityWords} which of their words the CRF sees.
     */
    public static CoreNlpAnnotator load(SentenceSelector selector, Parse parse, Entities entityWords) {
        return new CoreNlpAnnotator(defaultProperties(), selector, parse, entityWords);
    }

    /** Time spent so far in each part of this annotator, over all threads. */
    public StageTimes stageTimes() {
        return stageTimes;
    }

    /**
     * How many neural parsers are loaded now, and the most this process may load ({@code -Dannals.parsers}, within
     * cores and heap; 0 and 0 for the shallow parse).
     */
    public ParserCount parserCount() {
        return parsers == null ? new ParserCount(0, 0) : new ParserCount(parsers.loaded(), parsers.limit());
    }

    /** How many neural parsers a process has loaded, and the most it may load. */
    public record ParserCount(int loaded, int limit) {
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
    public AnnotatedText annotate(String article, LocalDate date) {
        String text = Datelines.blank(article);
        Annotation document = new Annotation(text);
        document.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        try {
            long start = System.nanoTime();
            words.annotate(document);
            List<Integer> paragraphStarts = paragraphStarts(text);
            List<QuotationSpan> quotations = quotes.find(document, text, paragraphStarts);
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
            if (entityWords == Entities.NEAR_CAPITALS) {
                stageTimes.countEntityWords(NameWindows.annotate(entities, document, full));
            } else {
                annotateSome(entities, document, full);
                stageTimes.countEntityWords(full.stream()
                        .mapToInt(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).sum());
            }
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

    /**
     * SUTime over the windows around the sentence's temporal cues, each run when the event stage first asks about
     * its words (see {@link SentenceTimes}).
     */
    private SentenceTimes deferredTimes(CoreMap sentence, LocalDate date) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<TimeFinder.Window> windows = TimeFinder.windows(labels);
        stageTimes.countDateWindows(windows.size());
        return SentenceTimes.deferred(windows, window -> {
            long start = System.nanoTime();
            stageTimes.countDateWindowRun();
            try {
                return times.find(labels, window, date.toString());
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

    private static List<Integer> paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        while (m.find()) {
            starts.add(m.end());
        }
        return starts;
    }

    /** The index of the paragraph holding {@code offset}, given where the paragraphs start. */
    static int paragraphOf(int offset, List<Integer> paragraphStarts) {
        return lastAtOrBefore(paragraphStarts, offset);
    }

    /** The index of the last of {@code starts} (ascending, the first 0 or less) at or before {@code offset}. */
    static int lastAtOrBefore(List<Integer> starts, int offset) {
        int low = 0;
        int high = starts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts.get(mid) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
