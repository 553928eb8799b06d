package org.annals.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.data.XmlComments;
import org.annals.events.PetrarchVerbPattern.Element;
import org.annals.events.PetrarchVerbPattern.VerbForms;

/**
 * Reads a PETRARCH/TABARI verb dictionary ({@code CAMEO.2.0.txt}, {@code PETR.Validate.verbs.txt}). Stateless and
 * thread-safe.
 *
 * <p>Design note: the format as read here (docs/petrarch.md has the user's version).
 * <ul>
 *   <li>Comments: {@code #} to the end of the line, and {@code <!-- ... -->}, which may span lines.</li>
 *   <li>A synset is {@code &NAME} followed by {@code +MEMBER} lines; a member's words are joined by {@code _} or
 *   spaces and may name another synset.</li>
 *   <li>A verb block starts {@code --- NAME [CODE] ---}; {@code [---]} gives no default code, {@code [032:033]}
 *   a pair (the second event reversed). Its verb lines give a base form and irregular forms in braces
 *   ({@code BREAK {BROKE BROKEN}}); a multi-word verb marks its verb with {@code +} ({@code WIRE_+TAP},
 *   {@code +BREAK_DOWN}) and may carry its own code. Its pattern lines, {@code - WORDS * WORDS [CODE]}, apply
 *   to every verb of the block.</li>
 *   <li>Pattern elements: words (compared with the token as written and its lemma), {@code &SYNSET}, {@code *}
 *   the verb, {@code $} the source, {@code +} the target, {@code %} a compound actor, {@code ^} a skipped
 *   phrase. Words joined by {@code _} must be adjacent; words apart may have others between them. PETRARCH 2's
 *   brackets, {@code (PREP NOUN)} and {@code {NOUN PHRASE}}, are read as their words. {@code |} is read as a
 *   separator.</li>
 * </ul>
 * A line that cannot be read (a code that is not two to four digits, a pattern without {@code *}) is skipped and
 * reported as {@code file:line: message}; the rest of the file still loads, as for PETRARCH actor files.
 */
public final class PetrarchVerbReader {
    private static final int MAX_PROBLEMS = 50;
    private static final Pattern HEADER = Pattern.compile("^---\\s*([^\\s\\[]+)\\s*\\[([^\\]]*)\\]\\s*---");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]\\s*$");
    private static final Pattern BRACES = Pattern.compile("\\{([^}]*)\\}");
    private static final Pattern VALID_CODE = Pattern.compile("\\d{2,4}");

    /** The codes of a block or line: none for {@code ---}. */
    private record Codes(Optional<String> code, Optional<String> mirror) {
        static final Codes NONE = new Codes(Optional.empty(), Optional.empty());
    }

    /** A verb of a block with the words a multi-word verb needs around it. */
    private record BlockVerb(VerbForms forms, List<Element> before, List<Element> after, Optional<Codes> codes, String where) {
    }

    private record PatternLine(List<Element> elements, Codes codes, String where) {
    }

    /** What one reading collects. Not thread-safe: one per file. */
    private static final class State {
        final String name;
        final List<PetrarchVerbPattern> patterns = new ArrayList<>();
        final Map<String, List<List<String>>> synsets = new LinkedHashMap<>();
        final List<String> problems = new ArrayList<>();
        int problemCount;
        List<List<String>> synset;
        Codes blockCodes;
        final List<BlockVerb> verbs = new ArrayList<>();
        final List<PatternLine> lines = new ArrayList<>();

        State(String name) {
            this.name = name;
        }

        void problem(String where, String message) {
            problemCount++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(where + ": " + message);
            }
        }
    }

    /**
     * Reads one dictionary file; bytes that are not UTF-8 become replacement characters.
     *
     * @throws UncheckedIOException when the file cannot be read at all
     */
    public PetrarchVerbs read(Path file) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PETRARCH verb file " + file + ": " + e.getMessage(), e);
        }
        Path name = file.getFileName();
        return read(lines, name == null ? file.toString() : name.toString());
    }

    /** Reads dictionary lines; {@code name} names the file in rule ids and problems. */
    public PetrarchVerbs read(List<String> lines, String name) {
        State s = new State(name);
        // XML comments may span lines; '#' comments end the line.
        List<String> plain = XmlComments.strip(lines, "<!--");
        for (int i = 0; i < plain.size(); i++) {
            String text = plain.get(i);
            int hash = text.indexOf('#');
            if (hash >= 0) {
                text = text.substring(0, hash);
            }
            text = text.strip();
            if (!text.isEmpty()) {
                line(s, text, name + ":" + (i + 1));
            }
        }
        endBlock(s);
        return new PetrarchVerbs(name, s.patterns, s.synsets, s.problems, s.problemCount);
    }

    private void line(State s, String text, String where) {
        if (text.startsWith("&")) {
            endBlock(s);
            String synsetName = text.substring(1).split("\\s+")[0].replaceAll("_+$", "").toUpperCase(Locale.ROOT);
            s.synset = new ArrayList<>();
            s.synsets.put(synsetName, s.synset);
            return;
        }
        if (text.startsWith("+") && s.synset != null) {
            List<String> words = words(text.substring(1));
            if (words.isEmpty()) {
                s.problem(where, "empty synset member");
            } else {
                s.synset.add(words);
            }
            return;
        }
        s.synset = null;
        if (text.startsWith("---")) {
            endBlock(s);
            Matcher m = HEADER.matcher(text);
            if (!m.find()) {
                s.problem(where, "a verb block header reads '--- VERB [CODE] ---', got '" + text + "'");
                s.blockCodes = Codes.NONE;
                return;
            }
            s.blockCodes = codes(s, m.group(2), where).orElse(Codes.NONE);
            return;
        }
        if (s.blockCodes == null) {
            s.problem(where, "outside any verb block or synset: '" + text + "'");
            return;
        }
        if (text.startsWith("-")) {
            pattern(s, text.substring(1).strip(), where);
        } else {
            verb(s, text, where);
        }
    }

    private void verb(State s, String text, String where) {
        Optional<Codes> own = Optional.empty();
        Matcher code = CODE.matcher(text);
        if (code.find()) {
            own = codes(s, code.group(1), where);
            if (own.isEmpty()) {
                return;
            }
            text = text.substring(0, code.start()).strip();
        }
        List<String> irregular = new ArrayList<>();
        Matcher braces = BRACES.matcher(text);
        if (braces.find()) {
            for (String form : braces.group(1).strip().split("\\s+")) {
                if (!form.isEmpty()) {
                    irregular.add(verbWord(form));
                }
            }
            text = (text.substring(0, braces.start()) + text.substring(braces.end())).strip();
        }
        String[] raw = text.split("[_\\s]+");
        int verbAt = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].startsWith("+")) {
                verbAt = i;
            }
        }
        String base = raw[verbAt].replace("+", "").replaceAll("_+$", "").toUpperCase(Locale.ROOT);
        if (base.isEmpty()) {
            s.problem(where, "cannot read verb line '" + text + "'");
            return;
        }
        List<Element> before = new ArrayList<>();
        List<Element> after = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (i < verbAt) {
                before.add(new Element(Element.Kind.WORD, raw[i].toUpperCase(Locale.ROOT), true));
            } else if (i > verbAt) {
                after.add(new Element(Element.Kind.WORD, raw[i].toUpperCase(Locale.ROOT), i < raw.length - 1));
            }
        }
        s.verbs.add(new BlockVerb(new VerbForms(base, irregular), before, after, own, where));
    }

    /** The verb word of an irregular form: {@code +BREAKS_DOWN} gives {@code BREAKS}. */
    private static String verbWord(String form) {
        String[] words = form.split("_+");
        for (String w : words) {
            if (w.startsWith("+")) {
                return w.substring(1).toUpperCase(Locale.ROOT);
            }
        }
        return words[0].replace("+", "").toUpperCase(Locale.ROOT);
    }

    private void pattern(State s, String text, String where) {
        Matcher code = CODE.matcher(text);
        if (!code.find()) {
            s.problem(where, "a pattern ends with its code in brackets, got '" + text + "'");
            return;
        }
        Optional<Codes> codes = codes(s, code.group(1), where);
        if (codes.isEmpty()) {
            return;
        }
        List<Element> elements = elements(text.substring(0, code.start()));
        long verbs = elements.stream().filter(e -> e.kind() == Element.Kind.VERB).count();
        if (verbs != 1) {
            s.problem(where, "a pattern has one '*' for the verb, found " + verbs + " in '" + text + "'");
            return;
        }
        s.lines.add(new PatternLine(elements, codes.get(), where));
    }

    /** The elements of a pattern's words, in order. */
    static List<Element> elements(String text) {
        String flat = text.replace('(', ' ').replace(')', ' ').replace('{', ' ').replace('}', ' ').replace('|', ' ');
        List<Element> out = new ArrayList<>();
        for (String chunk : flat.strip().split("\\s+")) {
            if (chunk.isEmpty()) {
                continue;
            }
            String[] parts = chunk.split("_", -1);
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i];
                boolean join = i < parts.length - 1;
                if (p.isEmpty()) {
                    continue;
                }
                out.add(element(p, join));
            }
        }
        return out;
    }

    private static Element element(String p, boolean join) {
        return switch (p) {
            case "*" -> new Element(Element.Kind.VERB, "", join);
            case "$" -> new Element(Element.Kind.SOURCE, "", join);
            case "+" -> new Element(Element.Kind.TARGET, "", join);
            case "%" -> new Element(Element.Kind.COMPOUND, "", join);
            case "^" -> new Element(Element.Kind.SKIP, "", join);
            default -> p.startsWith("&") ? new Element(Element.Kind.SYNSET, p.substring(1).toUpperCase(Locale.ROOT), join)
                    : new Element(Element.Kind.WORD, p.toUpperCase(Locale.ROOT), join);
        };
    }

    /** A synset member's or verb's words. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.strip().split("[_\\s]+")) {
            if (!w.isEmpty()) {
                words.add(w.toUpperCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static Optional<Codes> codes(State s, String text, String where) {
        String t = text.strip();
        if (t.equals("---")) {
            return Optional.of(Codes.NONE);
        }
        String[] parts = t.split(":", -1);
        if (parts.length > 2) {
            s.problem(where, "a code reads [CODE] or [CODE:CODE], got [" + t + "]");
            return Optional.empty();
        }
        for (String part : parts) {
            if (!part.strip().equals("---") && !VALID_CODE.matcher(part.strip()).matches()) {
                s.problem(where, "event code '" + part.strip() + "' is not two to four digits");
                return Optional.empty();
            }
        }
        Optional<String> code = parts[0].strip().equals("---") ? Optional.empty() : Optional.of(parts[0].strip());
        Optional<String> mirror = parts.length < 2 || parts[1].strip().equals("---") ? Optional.empty()
                : Optional.of(parts[1].strip());
        return Optional.of(new Codes(code, mirror));
    }

    /** Turns the block's verbs and patterns into rules: every pattern for every verb, then each verb's default. */
    private static void endBlock(State s) {
        if (s.blockCodes == null) {
            return;
        }
        for (BlockVerb v : s.verbs) {
            if (v.before().isEmpty() && v.after().isEmpty()) {
                for (PatternLine line : s.lines) {
                    s.patterns.add(new PetrarchVerbPattern(line.where(), v.forms(), line.elements(),
                            line.codes().code(), line.codes().mirror()));
                }
            }
            Codes codes = v.codes().orElse(s.blockCodes);
            if (codes.code().isPresent()) {
                List<Element> alone = new ArrayList<>(v.before());
                alone.add(new Element(Element.Kind.VERB, "", !v.after().isEmpty()));
                alone.addAll(v.after());
                s.patterns.add(new PetrarchVerbPattern(v.where(), v.forms(), alone, codes.code(), codes.mirror()));
            }
        }
        if (s.verbs.isEmpty() && !s.lines.isEmpty()) {
            s.problem(s.lines.get(0).where(), "patterns without a verb line in their block");
        }
        s.verbs.clear();
        s.lines.clear();
        s.blockCodes = null;
    }
}
