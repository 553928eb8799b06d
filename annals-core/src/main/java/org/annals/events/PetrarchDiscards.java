package org.annals.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annals.nlp.Token;

/**
 * A PETRARCH discard list ({@code PETR.Validate.discards.txt}, {@code Phoenix.discards.txt}): phrases that mark a
 * sentence as not news of political events ("BASEBALL"), and, with a leading {@code +}, a whole story
 * ("+Manchester United"). Phrases match whole words without case, their words joined by spaces or {@code _}.
 * Immutable and thread-safe; {@link #NONE} discards nothing.
 */
public final class PetrarchDiscards {
    /** Discards nothing. */
    public static final PetrarchDiscards NONE = new PetrarchDiscards(List.of(), List.of(), List.of(), 0);

    /** A phrase of the list. */
    public record Phrase(List<String> words, boolean story, String where) {
        public Phrase {
            words = List.copyOf(words);
        }

        public String text() {
            return String.join(" ", words);
        }
    }

    private final List<Phrase> sentencePhrases;
    private final List<Phrase> storyPhrases;
    private final List<String> problems;
    private final int problemCount;

    private PetrarchDiscards(List<Phrase> sentencePhrases, List<Phrase> storyPhrases, List<String> problems,
                             int problemCount) {
        this.sentencePhrases = List.copyOf(sentencePhrases);
        this.storyPhrases = List.copyOf(storyPhrases);
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    /** This list and {@code other} together. */
    public PetrarchDiscards and(PetrarchDiscards other) {
        List<Phrase> s = new ArrayList<>(sentencePhrases);
        s.addAll(other.sentencePhrases);
        List<Phrase> st = new ArrayList<>(storyPhrases);
        st.addAll(other.storyPhrases);
        List<String> p = new ArrayList<>(problems);
        p.addAll(other.problems);
        return new PetrarchDiscards(s, st, p, problemCount + other.problemCount);
    }

    /**
     * Reads a discard file; comments are {@code #} to the end of the line and {@code <!-- ... -->} on one line.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static PetrarchDiscards read(Path file) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PETRARCH discard file " + file + ": " + e.getMessage(), e);
        }
        Path name = file.getFileName();
        return read(lines, name == null ? file.toString() : name.toString());
    }

    /** Reads discard lines; {@code name} names the file in problems. */
    public static PetrarchDiscards read(List<String> lines, String name) {
        List<Phrase> sentence = new ArrayList<>();
        List<Phrase> story = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).replaceAll("<!--.*?-->", "");
            int hash = text.indexOf('#');
            text = (hash >= 0 ? text.substring(0, hash) : text).strip();
            if (text.isEmpty() || text.startsWith("<!--")) {
                continue;
            }
            boolean isStory = text.startsWith("+");
            List<String> words = new ArrayList<>();
            for (String w : (isStory ? text.substring(1) : text).split("[_\\s]+")) {
                if (!w.isEmpty()) {
                    words.add(w.toUpperCase(Locale.ROOT));
                }
            }
            if (words.isEmpty()) {
                count++;
                if (problems.size() < 50) {
                    problems.add(name + ":" + (i + 1) + ": empty discard phrase");
                }
                continue;
            }
            (isStory ? story : sentence).add(new Phrase(words, isStory, name + ":" + (i + 1)));
        }
        return new PetrarchDiscards(sentence, story, problems, count);
    }

    /** The phrase that discards a sentence with these tokens (a story phrase discards its sentence too), if any. */
    public Optional<Phrase> sentenceDiscard(List<Token> tokens) {
        Optional<Phrase> found = find(sentencePhrases, tokens);
        return found.isPresent() ? found : find(storyPhrases, tokens);
    }

    /** The story phrase in these tokens, if any: the whole article is then left uncoded. */
    public Optional<Phrase> storyDiscard(List<Token> tokens) {
        return find(storyPhrases, tokens);
    }

    public boolean isEmpty() {
        return sentencePhrases.isEmpty() && storyPhrases.isEmpty();
    }

    public int size() {
        return sentencePhrases.size() + storyPhrases.size();
    }

    public List<String> problems() {
        return problems;
    }

    public int problemCount() {
        return problemCount;
    }

    private static Optional<Phrase> find(List<Phrase> phrases, List<Token> tokens) {
        for (Phrase p : phrases) {
            for (int start = 0; start + p.words().size() <= tokens.size(); start++) {
                boolean all = true;
                for (int k = 0; k < p.words().size() && all; k++) {
                    all = tokens.get(start + k).word().toUpperCase(Locale.ROOT).equals(p.words().get(k));
                }
                if (all) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
