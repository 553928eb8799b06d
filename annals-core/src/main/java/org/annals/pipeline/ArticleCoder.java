package org.annals.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.actors.ActorRegistry;
import org.annals.actors.ActorResolver;
import org.annals.actors.DocumentActors;
import org.annals.actors.RegistryLoader;
import org.annals.events.CameoCodebook;
import org.annals.events.DependencyPatternCoder;
import org.annals.events.EventPattern;
import org.annals.events.EventTriggers;
import org.annals.events.PatternFileReader;
import org.annals.geo.DocumentPlaces;
import org.annals.geo.Gazetteer;
import org.annals.geo.PlaceMention;
import org.annals.geo.PlaceResolver;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Diagnostic;
import org.annals.model.Event;
import org.annals.model.Quote;
import org.annals.model.SentenceText;
import org.annals.nlp.AnnotatedSentence;
import org.annals.nlp.AnnotatedText;
import org.annals.nlp.AnnotationException;
import org.annals.nlp.CoreNlpAnnotator;
import org.annals.nlp.SentenceSelector;
import org.annals.nlp.TextAnnotator;
import org.annals.quotes.QuoteAttributor;

/**
 * Codes one article: NLP, actors, places, quotes, events, in that order. A thin orchestrator over stages passed in
 * through its constructor; {@link #loadDefault()} is the one place that wires the built-in models and
 * dictionaries. Thread-safe when its stages are (the built-in ones are).
 */
public final class ArticleCoder {
    private final TextAnnotator annotator;
    private final ActorResolver actors;
    private final PlaceResolver places;
    private final QuoteAttributor quotes;
    private final DependencyPatternCoder events;
    private final int maxCharacters;

    /**
     * The most characters of one article that are coded: about 30,000 words, fifty long news stories. A longer
     * text (a whole book, a feed dump in one file) would hold a batch up for many minutes; its beginning is
     * coded and the cut is reported.
     */
    public static final int DEFAULT_MAX_CHARACTERS = 200_000;

    public ArticleCoder(TextAnnotator annotator, ActorResolver actors, PlaceResolver places, QuoteAttributor quotes,
                        DependencyPatternCoder events) {
        this(annotator, actors, places, quotes, events, DEFAULT_MAX_CHARACTERS);
    }

    private ArticleCoder(TextAnnotator annotator, ActorResolver actors, PlaceResolver places, QuoteAttributor quotes,
                         DependencyPatternCoder events, int maxCharacters) {
        if (maxCharacters < 1) {
            throw new IllegalArgumentException("the character limit must be positive, got " + maxCharacters);
        }
        this.annotator = annotator;
        this.actors = actors;
        this.places = places;
        this.quotes = quotes;
        this.events = events;
        this.maxCharacters = maxCharacters;
    }

    /** The same coder with another limit on the characters coded per article. */
    public ArticleCoder withMaxCharacters(int limit) {
        return new ArticleCoder(annotator, actors, places, quotes, events, limit);
    }

    /**
     * How much of each article the NLP stage analyses. {@link #FULL} parses every sentence; {@link #FAST} gives
     * named entities, dates and the dependency parse only to sentences holding a word that can fire an event
     * pattern, and keeps tokens, lemmas and parts of speech for the rest. Its speed and accuracy cost are
     * measured in {@code docs/benchmarks.md}.
     */
    public enum Mode { FULL, FAST }

    /** Loads CoreNLP, the actor registry, the CAMEO codebook and the built-in patterns. Slow: once per process. */
    public static ArticleCoder loadDefault() {
        return load(List.of(), Mode.FULL);
    }

    /**
     * Like {@link #loadDefault()} in the given mode, with the user's pattern files on top of the built-in patterns: a user pattern
     * with the id of a built-in one replaces it, the others are added. The files are read before the models
     * are loaded, so a mistake in one is reported at once.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed pattern
     */
    public static ArticleCoder load(List<Path> patternFiles, Mode mode) {
        return load(patternFiles, RegistryLoader.loadBuiltIn(), mode);
    }

    /**
     * Like {@link #load(List, Mode)}, coding actors with {@code registry} (built with
     * {@link RegistryLoader#load}: the built-in registry with imported dictionaries and the user's overlay).
     *
     * @throws IllegalArgumentException naming the file and line of a malformed pattern
     */
    public static ArticleCoder load(List<Path> patternFiles, ActorRegistry registry, Mode mode) {
        CameoCodebook codebook = CameoCodebook.loadBuiltIn();
        List<EventPattern> patterns = patterns(codebook, patternFiles);
        return assemble(CoreNlpAnnotator.load(selector(mode, patterns)), codebook, patterns, registry);
    }

    /** The sentences the NLP stage analyses fully in {@code mode}, for the built-in patterns. */
    public static SentenceSelector selector(Mode mode) {
        return selector(mode, patterns(CameoCodebook.loadBuiltIn(), List.of()));
    }

    private static SentenceSelector selector(Mode mode, List<EventPattern> patterns) {
        return mode == Mode.FAST ? EventTriggers.of(patterns) : SentenceSelector.ALL;
    }

    /** The built-in dictionaries and patterns over the given NLP stage. */
    public static ArticleCoder withAnnotator(TextAnnotator annotator) {
        return withAnnotator(annotator, RegistryLoader.loadBuiltIn());
    }

    /** The built-in patterns and gazetteer, and the given actor registry, over the given NLP stage. */
    public static ArticleCoder withAnnotator(TextAnnotator annotator, ActorRegistry registry) {
        CameoCodebook codebook = CameoCodebook.loadBuiltIn();
        return assemble(annotator, codebook, patterns(codebook, List.of()), registry);
    }

    /** The one place that builds the stages from a registry and the built-in gazetteer. */
    private static ArticleCoder assemble(TextAnnotator annotator, CameoCodebook codebook, List<EventPattern> patterns,
                                         ActorRegistry registry) {
        return new ArticleCoder(annotator, new ActorResolver(registry), new PlaceResolver(Gazetteer.loadBuiltIn(), registry),
                new QuoteAttributor(), new DependencyPatternCoder(patterns, codebook));
    }

    /** The built-in patterns with the user's files laid over them, by pattern id. */
    static List<EventPattern> patterns(CameoCodebook codebook, List<Path> patternFiles) {
        PatternFileReader reader = new PatternFileReader(codebook);
        Map<String, EventPattern> byId = new LinkedHashMap<>();
        reader.readBuiltIn().forEach(p -> byId.put(p.id(), p));
        for (Path file : patternFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                reader.read(in, file.toString()).forEach(p -> byId.put(p.id(), p));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read pattern file " + file + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(byId.values());
    }

    /**
     * The places {@code article} names, without coding events: what the place stage gives, for scoring it
     * ({@code PlaceEvaluator}).
     *
     * @throws AnnotationException when the NLP stage fails on the text
     */
    public List<PlaceMention> locate(Article article) {
        AnnotatedText text = annotator.annotate(article.text(), article.date());
        return places.resolve(text, actors.resolve(text, article.date())).all();
    }

    /** Codes {@code article}. Never throws for a bad article: what went wrong is in the diagnostics. */
    public CodedArticle code(Article article) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String body = article.text();
        if (body.length() > maxCharacters) {
            // Cut at the last paragraph (else sentence) end before the limit; spans stay offsets into the full text.
            int cut = body.lastIndexOf("\n\n", maxCharacters);
            if (cut < maxCharacters / 2) {
                cut = Math.max(body.lastIndexOf(". ", maxCharacters) + 1, maxCharacters / 2);
            }
            diagnostics.add(Diagnostic.warning("article-truncated", article.origin(), "character " + cut,
                    "the article has " + body.length() + " characters; only the first " + cut
                            + " were coded (the limit is " + maxCharacters + ")"));
            body = body.substring(0, cut);
        }
        AnnotatedText text;
        try {
            text = annotator.annotate(body, article.date());
        } catch (AnnotationException e) {
            diagnostics.add(Diagnostic.error("nlp-failed", article.origin(), "", e.getMessage()));
            return new CodedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of(), diagnostics);
        }
        DocumentActors documentActors = actors.resolve(text, article.date());
        List<Quote> attributed = quotes.attribute(text, documentActors);
        DocumentPlaces documentPlaces = places.resolve(text, documentActors);
        List<Event> coded = events.code(article.id(), article.date(), text, documentActors, attributed, documentPlaces);
        List<SentenceText> sentences = new ArrayList<>();
        for (AnnotatedSentence s : text.sentences()) {
            sentences.add(new SentenceText(s.index(), s.paragraph(), s.span(), s.text()));
        }
        if (coded.isEmpty() && !sentences.isEmpty()) {
            diagnostics.add(Diagnostic.info("no-events", article.origin(), "",
                    "no sentence matched an event pattern with coded actors (" + sentences.size() + " sentences read)"));
        }
        return new CodedArticle(article, sentences, coded, attributed, documentActors.all(),
                documentActors.focusCountries(), diagnostics, documentActors.unknown());
    }
}
