package org.annals.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH/TABARI agent dictionary ({@code Phoenix.agents.txt}, {@code PETR.Validate.agents.txt}) into role
 * phrases and the sector codes they give, the same table as Annals' {@code sectors.tsv}: "Venezuelan diplomats"
 * is then {@code VEN} and {@code GOV} from {@code DIPLOMAT [~GOV]}. Thread-safe (holds nothing).
 *
 * <p>Design note: the format as read here.
 * <ul>
 *   <li>{@code PHRASE {PLURALS} [~CODE]}: words joined by {@code _} or spaces; the plural forms in braces, none for
 *   {@code {}}, else made the regular way (s, es, ies; man to men). {@code ~CODE} is a sector suffix.</li>
 *   <li>{@code !NAME! = A, B, C} defines a substitution: {@code CONGRESS!PERSON!} stands for
 *   {@code CONGRESSMAN}, {@code CONGRESSMEN}... (each form is its own phrase, no plurals made).</li>
 *   <li>Comments: {@code #} to the end of the line and {@code <!-- ... -->} on one line.</li>
 * </ul>
 * A prefix code ({@code [NGO~]}: the agent before the country) cannot be expressed as a sector and is skipped
 * with a problem, as is any line that cannot be read; the rest of the file still loads.
 */
final class PetrarchAgentReader {
    private static final Pattern CODE = Pattern.compile("\\[\\s*([^\\]]*?)\\s*\\]");
    private static final Pattern SUBSTITUTION = Pattern.compile("^!([A-Z0-9_]+)!\\s*=\\s*(.+)$");
    private static final Pattern MARKER = Pattern.compile("!([A-Z0-9_]+)!");
    private static final int MAX_PROBLEMS = 50;

    /** The phrases read (lower case, words spaced) with their sector codes, and what was skipped. */
    record Agents(Map<String, String> sectors, List<String> problems, int problemCount) {
        Agents {
            sectors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sectors));
            problems = List.copyOf(problems);
        }
    }

    Agents read(Path file) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new RegistryFormatException("cannot read PETRARCH agent file " + file + ": " + e, e);
        }
        return read(lines, file.toString());
    }

    Agents read(List<String> lines, String name) {
        Map<String, String> sectors = new LinkedHashMap<>();
        Map<String, List<String>> substitutions = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            String where = name + ":" + (i + 1);
            String text = lines.get(i).replaceAll("<!--.*?-->", "");
            int hash = text.indexOf('#');
            text = (hash >= 0 ? text.substring(0, hash) : text).strip();
            if (text.isEmpty() || text.startsWith("<!--")) {
                continue;
            }
            String problem = null;
            Matcher sub = SUBSTITUTION.matcher(text.toUpperCase(Locale.ROOT));
            if (sub.matches()) {
                List<String> forms = new ArrayList<>();
                for (String f : sub.group(2).split(",")) {
                    if (!f.isBlank()) {
                        forms.add(f.strip());
                    }
                }
                substitutions.put(sub.group(1), forms);
                continue;
            }
            Matcher code = CODE.matcher(text);
            if (!code.find()) {
                problem = "an agent reads PHRASE [~CODE], got '" + text + "'";
            } else if (!code.group(1).startsWith("~") || code.group(1).length() < 2) {
                problem = "'" + code.group(1) + "' is not a sector suffix [~CODE]; prefix agents are not supported";
            }
            if (problem != null) {
                count++;
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(where + ": " + problem);
                }
                continue;
            }
            String sector = code.group(1).substring(1).strip().toUpperCase(Locale.ROOT);
            String head = text.substring(0, code.start()).strip();
            List<String> plurals = null;
            int brace = head.indexOf('{');
            if (brace >= 0) {
                int close = head.indexOf('}', brace);
                String inside = head.substring(brace + 1, close < 0 ? head.length() : close).strip();
                plurals = inside.isEmpty() ? List.of() : List.of(inside.split("\\s+"));
                head = head.substring(0, brace).strip();
            }
            Matcher marker = MARKER.matcher(head.toUpperCase(Locale.ROOT));
            if (marker.find()) {
                List<String> forms = substitutions.getOrDefault(marker.group(1), List.of());
                if (forms.isEmpty()) {
                    count++;
                    if (problems.size() < MAX_PROBLEMS) {
                        problems.add(where + ": substitution !" + marker.group(1) + "! is not defined above");
                    }
                    continue;
                }
                for (String form : forms) {
                    sectors.put(phrase(marker.replaceFirst(Matcher.quoteReplacement(form))), sector);
                }
                continue;
            }
            sectors.put(phrase(head), sector);
            for (String plural : plurals == null ? List.of(plural(head)) : plurals) {
                sectors.put(phrase(plural), sector);
            }
        }
        return new Agents(sectors, problems, count);
    }

    private static String phrase(String words) {
        return String.join(" ", words.replaceAll("_+$", "").toLowerCase(Locale.ROOT).split("[_\\s]+")).strip();
    }

    /** The regular plural of a phrase's last word. */
    static String plural(String phrase) {
        String p = phrase.replaceAll("_+$", "").toUpperCase(Locale.ROOT);
        if (p.endsWith("MAN")) {
            return p.substring(0, p.length() - 3) + "MEN";
        }
        if (p.endsWith("Y") && p.length() > 1 && "AEIOU".indexOf(p.charAt(p.length() - 2)) < 0) {
            return p.substring(0, p.length() - 1) + "IES";
        }
        if (p.endsWith("S") || p.endsWith("X") || p.endsWith("Z") || p.endsWith("CH") || p.endsWith("SH")) {
            return p + "ES";
        }
        return p + "S";
    }
}
