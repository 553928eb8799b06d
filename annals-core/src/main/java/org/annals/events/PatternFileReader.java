package org.annals.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Reads event patterns: one rule a line, {@code ID CODE key=value...}, {@code #} comments. The syntax is
 * documented in {@code docs/patterns.md}; every error names the line.
 */
public final class PatternFileReader {
    private static final String BUILT_IN = "/org/annals/events/patterns.txt";
    private static final Set<String> KEYS = Set.of("verb", "noun", "phrase", "object", "complement", "complement-subject", "governor",
            "via", "polarity", "source", "target", "target-required", "mirror");

    private final CameoCodebook codebook;

    public PatternFileReader(CameoCodebook codebook) {
        this.codebook = codebook;
    }

    /** The patterns shipped with Annals. */
    public List<EventPattern> readBuiltIn() {
        try (InputStream in = PatternFileReader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("pattern file " + BUILT_IN + " is missing from the class path");
            }
            return read(in, BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILT_IN, e);
        }
    }

    /** Reads patterns from a stream; {@code name} is used in error messages. */
    public List<EventPattern> read(InputStream in, String name) throws IOException {
        List<EventPattern> patterns = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            patterns.add(parse(content, name + ":" + number));
        }
        return patterns;
    }

    EventPattern parse(String line, String where) {
        List<String> fields = tokenize(line, where);
        if (fields.size() < 3) {
            throw new IllegalArgumentException(where + ": a pattern needs an id, a CAMEO code and a trigger: '" + line + "'");
        }
        String id = fields.get(0);
        String code = fields.get(1);
        if (codebook.find(code).isEmpty()) {
            throw new IllegalArgumentException(where + ": '" + code + "' is not a CAMEO code");
        }
        Map<String, String> values = new HashMap<>();
        for (String field : fields.subList(2, fields.size())) {
            int eq = field.indexOf('=');
            if (eq < 1 || !KEYS.contains(field.substring(0, eq))) {
                throw new IllegalArgumentException(where + ": unknown field '" + field + "', expected one of " + KEYS);
            }
            values.put(field.substring(0, eq), field.substring(eq + 1));
        }
        EventPattern.Trigger trigger;
        Set<String> lemmas = Set.of();
        Optional<Pattern> phrase = Optional.empty();
        if (values.containsKey("verb")) {
            trigger = EventPattern.Trigger.VERB;
            lemmas = set(values.get("verb"));
        } else if (values.containsKey("noun")) {
            trigger = EventPattern.Trigger.NOUN;
            lemmas = set(values.get("noun"));
        } else if (values.containsKey("phrase")) {
            trigger = EventPattern.Trigger.PHRASE;
            try {
                phrase = Optional.of(Pattern.compile("\\b(?:" + values.get("phrase") + ")\\b"));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + ": bad phrase expression: " + e.getDescription(), e);
            }
        } else {
            throw new IllegalArgumentException(where + ": a pattern needs verb=, noun= or phrase=");
        }
        String polarity = values.getOrDefault("polarity", "affirmative");
        if (!polarity.equals("affirmative") && !polarity.equals("negated")) {
            throw new IllegalArgumentException(where + ": polarity must be affirmative or negated, got '" + polarity + "'");
        }
        String complementSubject = values.getOrDefault("complement-subject", "any");
        if (!complementSubject.equals("any") && !complementSubject.equals("source")) {
            throw new IllegalArgumentException(where + ": complement-subject must be any or source, got '"
                    + complementSubject + "'");
        }
        if (complementSubject.equals("source") && !values.containsKey("complement")) {
            throw new IllegalArgumentException(where + ": complement-subject=source needs complement=");
        }
        Optional<String> mirror = Optional.ofNullable(values.get("mirror"));
        if (mirror.isPresent() && codebook.find(mirror.get()).isEmpty()) {
            throw new IllegalArgumentException(where + ": mirror '" + mirror.get() + "' is not a CAMEO code");
        }
        return new EventPattern(id, code, trigger, lemmas, phrase, set(values.getOrDefault("object", "")),
                set(values.getOrDefault("complement", "")), complementSubject.equals("source"),
                set(values.getOrDefault("governor", "")),
                list(values.getOrDefault("via", "obj,obl")), polarity.equals("negated"),
                values.getOrDefault("source", "subject"), list(values.getOrDefault("target", "obj").replace('|', ',')),
                !values.getOrDefault("target-required", "yes").equals("no"), mirror);
    }

    /** Splits on whitespace, keeping {@code key="quoted value"} together. */
    private static List<String> tokenize(String line, String where) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                }
            } else if (c == '#' && !quoted && current.length() == 0) {
                break;
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(where + ": unclosed quotation mark");
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private static Set<String> set(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static List<String> list(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
