package org.annals.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.annals.actors.ActorRegistry;
import org.annals.actors.ActorResolver;
import org.annals.actors.DocumentActors;
import org.annals.actors.RegistryLoader;
import org.annals.events.CameoCodebook;
import org.annals.events.CompositeEventCoder;
import org.annals.events.DependencyPatternCoder;
import org.annals.events.EventCoder;
import org.annals.events.EventPattern;
import org.annals.events.EventTriggers;
import org.annals.events.PatternFileReader;
import org.annals.events.PetrarchDiscards;
import org.annals.events.PetrarchVerbCoder;
import org.annals.geo.DocumentPlaces;
import org.annals.geo.Gazetteer;
import org.annals.geo.PlaceMention;
import org.annals.geo.PlaceResolver;
import org.annals.language.LanguageGuess;
import org.annals.language.LanguageIdentifier;
import org.annals.language.LinguaLanguageIdentifier;
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
 * Codes one article: language, NLP, actors, places, quotes, events, in that order. A thin orchestrator over stages
 * passed in through its constructor; {@link #loadDefault()} is the one place that wires the built-in models and
 * dictionaries. An article that is not in English is not coded: its result holds its language and a
 * {@value #NOT_ENGLISH} diagnostic. Thread-safe when its stages are (the built-in ones are).
 */
public final class ArticleCoder {
    /** The diagnostic kind of an article left uncoded because it is in another language than English. */
    public static final String NOT_ENGLISH = "not-english";

    /** How many sentences too long to parse one diagnostic names before it stops listing them. */
    private static final int LISTED_SENTENCES = 5;

    private final LanguageIdentifier languages;
    private final TextAnnotator annotator;
    private final ActorResolver actors;
    private final PlaceResolver places;
    private final QuoteAttributor quotes;
    private final EventCoder events;
    private final int maxCharacters;
    private final PetrarchDiscards discards;

    /**
     * The most characters of one article that are coded: about 30,000 words, fifty long news stories. A longer
     * text (a whole book, a feed dump in one file) would hold a batch up for many minutes; its beginning is
     * coded and the cut is reported.
     */
    public static final int DEFAULT_MAX_CHARACTERS = 200_000;

    public ArticleCoder(LanguageIdentifier languages, TextAnnotator annotator, ActorResolver actors,
                        PlaceResolver places, QuoteAttributor quotes, EventCoder events) {
        this(languages, annotator, actors, places, quotes, events, DEFAULT_MAX_CHARACTERS, PetrarchDiscards.NONE);
    }

    private ArticleCoder(LanguageIdentifier languages, TextAnnotator annotator, ActorResolver actors,
                         PlaceResolver places, QuoteAttributor quotes, EventCoder events, int maxCharacters,
                         PetrarchDiscards discards) {
        if (maxCharacters < 1) {
            throw new IllegalArgumentException("the character limit must be positive, got " + maxCharacters);
        }
        this.languages = languages;
        this.annotator = annotator;
        this.actors = actors;
        this.places = places;
        this.quotes = quotes;
        this.events = events;
        this.maxCharacters = maxCharacters;
        this.discards = discards;
    }

    /** The same coder with another limit on the characters coded per article. */
    public ArticleCoder withMaxCharacters(int limit) {
        return new ArticleCoder(languages, annotator, actors, places, quotes, events, limit, discards);
    }

    /** The same coder leaving uncoded the sentences (and stories) a PETRARCH discard list names. */
    public ArticleCoder withDiscards(PetrarchDiscards list) {
        return new ArticleCoder(languages, annotator, actors, places, quotes, events, maxCharacters, list);
    }

    /**
     * How much of each article the NLP stage analyses. {@link #FULL} gives every sentence named entities and
     * CoreNLP's neural dependency parse; {@link #FAST} gives named entities only to sentences holding a word that
     * can fire an event pattern, and every sentence Annals' rule-based {@link org.annals.nlp.ShallowParser} instead
     * of the neural parse. Its speed and accuracy cost are measured in {@code docs/benchmarks.md}.
     */
    public enum Mode { FULL, FAST }

    /**
     * Loads the language models, CoreNLP, the actor registry, the CAMEO codebook and the built-in patterns. Slow:
     * once per process.
     */
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
        return load(patternFiles, registry, mode, ImportedRules.NONE);
    }

    /**
     * Like {@link #load(List, ActorRegistry, Mode)}, with rules imported from PETRARCH: verb dictionaries coded
     * beside the patterns (or instead of them) and discard lists.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed pattern
     */
    public static ArticleCoder load(List<Path> patternFiles, ActorRegistry registry, Mode mode, ImportedRules imported) {
        CameoCodebook codebook = CameoCodebook.loadBuiltIn();
        List<EventPattern> patterns = patterns(codebook, patternFiles);
        // The language models load on a thread of their own while CoreNLP loads, which takes longer.
        FutureTask<LanguageIdentifier> languages = new FutureTask<>(LinguaLanguageIdentifier::load);
        Thread loader = new Thread(languages, "annals-language-models");
        loader.setDaemon(true);
        loader.start();
        TextAnnotator annotator = CoreNlpAnnotator.load(selector(mode, patterns, imported), parse(mode), entityWords(mode));
        return assemble(await(languages), annotator, codebook, patterns, registry, imported);
    }

    /** The NLP stage of {@code mode} for the built-in patterns, for code that wires its own coder (benchmarks, tests). */
    public static CoreNlpAnnotator annotator(Mode mode) {
        return CoreNlpAnnotator.load(selector(mode, patterns(CameoCodebook.loadBuiltIn(), List.of()), ImportedRules.NONE),
                parse(mode), entityWords(mode));
    }

    private static CoreNlpAnnotator.Parse parse(Mode mode) {
        return mode == Mode.FAST ? CoreNlpAnnotator.Parse.SHALLOW : CoreNlpAnnotator.Parse.NEURAL;
    }

    private static CoreNlpAnnotator.Entities entityWords(Mode mode) {
        return mode == Mode.FAST ? CoreNlpAnnotator.Entities.NEAR_CAPITALS : CoreNlpAnnotator.Entities.WHOLE_SENTENCES;
    }

    private static SentenceSelector selector(Mode mode, List<EventPattern> patterns, ImportedRules imported) {
        if (mode != Mode.FAST) {
            return SentenceSelector.ALL;
        }
        SentenceSelector own = EventTriggers.of(imported.builtInPatterns() ? patterns : List.of());
        Set<String> verbs = new HashSet<>();
        imported.verbs().forEach(v -> verbs.addAll(v.verbLemmas()));
        return tokens -> own.fullAnalysis(tokens) || tokens.stream().anyMatch(t -> verbs.contains(t.lemma()));
    }

    /** The built-in dictionaries and patterns over the given language and NLP stages. */
    public static ArticleCoder withStages(LanguageIdentifier languages, TextAnnotator annotator) {
        return withStages(languages, annotator, RegistryLoader.loadBuiltIn());
    }

    /** The built-in patterns and gazetteer, and the given actor registry, over the given language and NLP stages. */
    public static ArticleCoder withStages(LanguageIdentifier languages, TextAnnotator annotator, ActorRegistry registry) {
        return withStages(languages, annotator, registry, ImportedRules.NONE);
    }

    /** Like {@link #withStages(LanguageIdentifier, TextAnnotator, ActorRegistry)}, with rules imported from PETRARCH. */
    public static ArticleCoder withStages(LanguageIdentifier languages, TextAnnotator annotator, ActorRegistry registry,
                                          ImportedRules imported) {
        CameoCodebook codebook = CameoCodebook.loadBuiltIn();
        return assemble(languages, annotator, codebook, patterns(codebook, List.of()), registry, imported);
    }

    private static LanguageIdentifier await(FutureTask<LanguageIdentifier> loading) {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the language models", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("cannot load the language models: " + e.getCause(), e.getCause());
        }
    }

    /** The one place that builds the stages from a registry and the built-in gazetteer. */
    private static ArticleCoder assemble(LanguageIdentifier languages, TextAnnotator annotator, CameoCodebook codebook,
                                         List<EventPattern> patterns, ActorRegistry registry, ImportedRules imported) {
        List<EventCoder> coders = new ArrayList<>();
        if (imported.builtInPatterns()) {
            coders.add(new DependencyPatternCoder(patterns, codebook));
        }
        if (!imported.verbs().isEmpty()) {
            coders.add(new PetrarchVerbCoder(imported.verbs(), codebook));
        }
        EventCoder events = coders.size() == 1 ? coders.get(0) : new CompositeEventCoder(coders);
        return new ArticleCoder(languages, annotator, new ActorResolver(registry),
                new PlaceResolver(Gazetteer.loadBuiltIn(), registry), new QuoteAttributor(), events,
                DEFAULT_MAX_CHARACTERS, imported.discards());
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
        LanguageGuess language = languages.identify(article.text());
        if (language.notEnglish()) {
            diagnostics.add(Diagnostic.warning(NOT_ENGLISH, article.origin(), "", "the article is in "
                    + language.displayName() + " (" + language.language() + "; " + language.evidence()
                    + "); Annals codes English only, so it was not coded"));
            return new CodedArticle(article, language.language(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), diagnostics);
        }
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
            return new CodedArticle(article, language.language(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), diagnostics);
        }
        tooLongToParse(text, article.origin()).ifPresent(diagnostics::add);
        DocumentActors documentActors = actors.resolve(text, article.date());
        List<Quote> attributed = quotes.attribute(text, documentActors);
        DocumentPlaces documentPlaces = places.resolve(text, documentActors);
        List<Event> coded = PetrarchDiscarding.apply(discards, text, article.origin(), diagnostics,
                events.code(article.id(), article.date(), text, documentActors, attributed, documentPlaces));
        List<SentenceText> sentences = new ArrayList<>();
        for (AnnotatedSentence s : text.sentences()) {
            sentences.add(new SentenceText(s.index(), s.paragraph(), s.span(), s.text()));
        }
        if (coded.isEmpty() && !sentences.isEmpty()) {
            diagnostics.add(Diagnostic.info("no-events", article.origin(), "",
                    "no sentence matched an event pattern with coded actors (" + sentences.size() + " sentences read)"));
        }
        return new CodedArticle(article, language.language(), sentences, coded, attributed, documentActors.all(),
                documentActors.focusCountries(), diagnostics, documentActors.unknown());
    }

    /** One warning naming the sentences left unparsed for their length, which can hold no event. */
    private static Optional<Diagnostic> tooLongToParse(AnnotatedText text, String origin) {
        List<AnnotatedSentence> skipped = text.sentences().stream().filter(AnnotatedSentence::tooLongToParse).toList();
        if (skipped.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = skipped.stream().limit(LISTED_SENTENCES)
                .map(s -> "sentence " + s.index() + " (" + s.tokens().size() + " tokens)").toList();
        String more = skipped.size() > LISTED_SENTENCES ? " and " + (skipped.size() - LISTED_SENTENCES) + " more" : "";
        boolean one = skipped.size() == 1;
        return Optional.of(Diagnostic.warning("sentence-too-long", origin, "sentence " + skipped.get(0).index(),
                skipped.size() + (one ? " sentence was" : " sentences were") + " longer than "
                        + CoreNlpAnnotator.MAX_PARSED_TOKENS + " tokens and not parsed, so no events were coded from "
                        + (one ? "it" : "them") + ": " + String.join(", ", named) + more));
    }
}
