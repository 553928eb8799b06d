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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
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
 *   <li>NER uses the single 3-class CRF (PERSON, LOCATION, ORGANIZATION) plus SUTime and the numeric
 *   classifiers: countries, demonyms and titles are matched by the actor dictionaries, so the fine-grained
 *   KBP gazetteer and the 7- and 4-class models would triple the cost for nothing we use.</li>
 *   <li>No statistical coreference: it costs more than everything else together and on news it joins the
 *   wrong chains (the publisher's "we" to "our diplomats"). The actor stage resolves names, titles and
 *   pronouns itself, with reasons a person can check.</li>
 *   <li>Quotations are found by CoreNLP's quote annotator without its attribution (which needs
 *   coreference); the quote stage credits speakers from the dependency parse.</li>
 *   <li>Two newlines end a sentence, so a headline or a one-line paragraph never merges with the next.</li>
 *   <li>Sentences over {@link #MAX_PARSED_TOKENS} tokens are not parsed. CoreNLP 4.5.10's dependency parser has no
 *   length limit of its own (a {@code depparse.maxTokens} property is silently ignored: 143- and 479-token
 *   sentences were parsed in full), so the pipeline runs in three steps, the parser seeing only the sentences
 *   within the limit. Such "sentences" are mostly lists, tables and text without punctuation: their parse is
 *   unreliable, and an event coded from one would be a guess.</li>
 * </ul>
 *
 * <p>Interrupts: the tagger, CRF, TokensRegex matchers and parser check the thread's interrupt flag and stop with an
 * exception, and so do the steps between sentences; {@link #annotate} then throws {@link AnnotationException} with
 * the flag set again. CoreNLP's NER annotator, though, catches the exception for each sentence, marks that sentence
 * as failed and goes on, so a caller that gives up on a document must interrupt more than once (the pipeline's
 * {@code ArticleDeadline} does).
 *
 * <p>Thread-safe: {@link StanfordCoreNLP#annotate(Annotation)} may be called from many threads on distinct
 * documents. Build one instance per process; loading the models takes tens of seconds.
 */
public final class CoreNlpAnnotator implements TextAnnotator {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

    /** The longest sentence, in tokens, that is given a dependency parse. */
    public static final int MAX_PARSED_TOKENS = 120;

    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP parser;
    private final StanfordCoreNLP quotes;

    private CoreNlpAnnotator(StanfordCoreNLP tagger, StanfordCoreNLP parser, StanfordCoreNLP quotes) {
        this.tagger = tagger;
        this.parser = parser;
        this.quotes = quotes;
    }

    /** Loads the models of the default pipeline. Slow: call once, from the code that wires the application. */
    public static CoreNlpAnnotator load() {
        return new CoreNlpAnnotator(step("tokenize,ssplit,pos,lemma,ner"), step("depparse"), step("quote"));
    }

    /** One step of the default pipeline; the later steps find what they need from the earlier ones. */
    private static StanfordCoreNLP step(String annotators) {
        Properties props = defaultProperties();
        props.setProperty("annotators", annotators);
        props.setProperty("enforceRequirements", "false");
        return new StanfordCoreNLP(props);
    }

    /** The properties of the default pipeline, for documentation and benchmarks. */
    public static Properties defaultProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,quote");
        props.setProperty("tokenize.options", "invertible=true,splitHyphenated=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.additional.regexner.mapping", "");
        props.setProperty("quote.attributeQuotes", "false");
        props.setProperty("quote.extractUnclosedQuotes", "false");
        return props;
    }

    @Override
    public AnnotatedText annotate(String text, LocalDate date) {
        Annotation document = new Annotation(text);
        document.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        try {
            tagger.annotate(document);
            parser.annotate(parseable(document));
            quotes.annotate(document);
        } catch (RuntimeInterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnnotationException("CoreNLP was interrupted", e);
        } catch (RuntimeException e) {
            throw new AnnotationException("CoreNLP failed: " + e, e);
        }
        List<Integer> paragraphStarts = paragraphStarts(text);
        List<AnnotatedSentence> sentences = new ArrayList<>();
        List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap sentence : coreSentences) {
            sentences.add(toSentence(sentences.size(), sentence, paragraphStarts));
        }
        return new AnnotatedText(sentences, quotations(document, text));
    }

    /** A view of the document with only the sentences short enough to parse; parses land on the shared sentences. */
    private static Annotation parseable(Annotation document) {
        Annotation view = new Annotation(document);
        view.set(CoreAnnotations.SentencesAnnotation.class, document.get(CoreAnnotations.SentencesAnnotation.class)
                .stream().filter(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= MAX_PARSED_TOKENS)
                .toList());
        return view;
    }

    private static AnnotatedSentence toSentence(int index, CoreMap sentence, List<Integer> paragraphStarts) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel label = labels.get(i);
            String lemma = label.lemma() == null ? label.word() : label.lemma();
            String ner = label.ner() == null ? "O" : label.ner();
            tokens.add(new Token(i, label.originalText(), lemma.toLowerCase(Locale.ROOT), label.tag(), ner,
                    new Span(label.beginPosition(), label.endPosition())));
        }
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        boolean parsed = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class) != null;
        return new AnnotatedSentence(index, paragraphOf(begin, paragraphStarts), new Span(begin, end),
                sentence.get(CoreAnnotations.TextAnnotation.class), tokens, dependencies(sentence), times(sentence),
                parsed);
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

    private static List<TimeExpression> times(CoreMap sentence) {
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return times;
        }
        int sentenceFirstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        for (CoreMap mention : mentions) {
            String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            if (!"DATE".equals(type) && !"TIME".equals(type) && !"DURATION".equals(type) && !"SET".equals(type)) {
                continue;
            }
            String value = mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            int first = mention.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceFirstToken;
            int last = mention.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceFirstToken - 1;
            times.add(new TimeExpression(first, last, mention.get(CoreAnnotations.TextAnnotation.class), type,
                    value == null ? "" : value));
        }
        return times;
    }

    private static List<QuotationSpan> quotations(Annotation document, String text) {
        List<QuotationSpan> quotes = new ArrayList<>();
        List<CoreMap> found = document.get(CoreAnnotations.QuotationsAnnotation.class);
        if (found == null) {
            return quotes;
        }
        for (CoreMap quote : found) {
            int begin = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Integer first = quote.get(CoreAnnotations.SentenceBeginAnnotation.class);
            Integer last = quote.get(CoreAnnotations.SentenceEndAnnotation.class);
            if (first == null || last == null || end - begin < 2) {
                continue;
            }
            String inner = text.substring(begin + 1, end - 1).strip();
            quotes.add(new QuotationSpan(new Span(begin, end), inner, first, last));
        }
        quotes.sort(Comparator.comparingInt(q -> q.span().begin()));
        return quotes;
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
