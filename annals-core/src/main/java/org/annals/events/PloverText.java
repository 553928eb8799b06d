package org.annals.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.annals.data.TabularResource;

/**
 * What the words of an event's sentence add to its PLOVER coding: contexts ({@code events/plover-contexts.tsv})
 * and, for the types whose mode CAMEO's code does not tell, a mode ({@code events/plover-modes.tsv}). Both files
 * are described in {@code docs/data.md}. Immutable and thread-safe.
 *
 * <p>Design note. The words are matched in the evidence sentence's text, not in CoreNLP's lemmas, because the
 * PLOVER coding is made where an event is printed, from an event read back from the store as well as from a fresh
 * one, and the store keeps each sentence's text but not its tokens. A lexicon entry is a lemma (or phrase of
 * lemmas); it matches a word of the sentence that is the lemma or one of its regular inflections (-s, -es, -ed,
 * -d, -ing, -ies/-ied, a doubled final consonant), so "vote" finds "voted" and "voting". Irregular forms are
 * listed as entries of their own. Words are split at anything but letters and digits, so "tear-gas" is the
 * phrase "tear gas", and a phrase matches only as consecutive words: no entry can match across sentences or
 * inside another word ("oil" is not found in "turmoil").
 */
public final class PloverText {
    private static final String CONTEXTS = "/org/annals/events/plover-contexts.tsv";
    private static final String MODES = "/org/annals/events/plover-modes.tsv";

    /** PLOVER's general contexts, as the manual names them; the auxiliary ones come from modality instead. */
    static final Set<String> MANUAL_CONTEXTS = Set.of("military", "intelligence", "executive", "legislative",
            "election", "political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal",
            "reparations", "human_rights", "rights_freedoms", "repression", "human_security", "gender", "lgbt",
            "religion_ethnicity", "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum",
            "migration", "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
            "misinformation", "crime", "corruption", "illegal_drugs", "trafficking");

    static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    /** A lexicon entry: each word of the phrase as the set of forms that match it. */
    private record Phrase(List<Set<String>> words) {
        Phrase {
            words = List.copyOf(words);
        }

        boolean foundIn(List<String> tokens) {
            for (int start = 0; start + words.size() <= tokens.size(); start++) {
                int i = 0;
                while (i < words.size() && words.get(i).contains(tokens.get(start + i))) {
                    i++;
                }
                if (i == words.size()) {
                    return true;
                }
            }
            return false;
        }
    }

    private record ContextRow(String context, List<Phrase> phrases) {
        ContextRow {
            phrases = List.copyOf(phrases);
        }
    }

    private record ModeRow(String type, String mode, List<Phrase> phrases) {
        ModeRow {
            phrases = List.copyOf(phrases);
        }
    }

    private final List<ContextRow> contexts;
    private final List<ModeRow> modes;

    private PloverText(List<ContextRow> contexts, List<ModeRow> modes) {
        this.contexts = List.copyOf(contexts);
        this.modes = List.copyOf(modes);
    }

    /** The lexicons shipped with Annals. */
    public static PloverText loadBuiltIn() {
        return of(TabularResource.read(CONTEXTS), TabularResource.read(MODES));
    }

    /**
     * Lexicons read from files (tests, or a user's own).
     *
     * @throws IllegalStateException naming {@code file:line} when a row is malformed
     */
    public static PloverText read(Path contextsFile, Path modesFile) {
        return of(TabularResource.read(contextsFile), TabularResource.read(modesFile));
    }

    private static PloverText of(List<TabularResource.Row> contextRows, List<TabularResource.Row> modeRows) {
        List<ContextRow> contexts = new ArrayList<>();
        for (TabularResource.Row row : contextRows) {
            if (row.columns().size() != 2) {
                throw new IllegalStateException(row.where() + ": expected context<TAB>phrases, found "
                        + row.columns().size() + " columns");
            }
            if (!MANUAL_CONTEXTS.contains(row.column(0))) {
                throw new IllegalStateException(row.where() + ": '" + row.column(0) + "' is not one of PLOVER's contexts");
            }
            contexts.add(new ContextRow(row.column(0), phrases(row, row.column(1))));
        }
        List<ModeRow> modes = new ArrayList<>();
        for (TabularResource.Row row : modeRows) {
            if (row.columns().size() != 3) {
                throw new IllegalStateException(row.where() + ": expected type<TAB>mode<TAB>phrases, found "
                        + row.columns().size() + " columns");
            }
            if (!TYPES.contains(row.column(0))) {
                throw new IllegalStateException(row.where() + ": '" + row.column(0) + "' is not one of PLOVER's types");
            }
            if (!row.column(1).matches("[a-z]+(-[a-z]+)*")) {
                throw new IllegalStateException(row.where() + ": mode '" + row.column(1) + "' is not a PLOVER mode name");
            }
            modes.add(new ModeRow(row.column(0), row.column(1), phrases(row, row.column(2))));
        }
        return new PloverText(contexts, modes);
    }

    private static List<Phrase> phrases(TabularResource.Row row, String column) {
        List<Phrase> phrases = new ArrayList<>();
        for (String phrase : column.split(",")) {
            String text = phrase.strip();
            if (!text.matches("[a-z0-9]+( [a-z0-9]+)*")) {
                throw new IllegalStateException(row.where() + ": phrase '" + text
                        + "' must be lower-case words of letters and digits separated by single spaces");
            }
            List<Set<String>> words = new ArrayList<>();
            for (String lemma : text.split(" ")) {
                words.add(forms(lemma));
            }
            phrases.add(new Phrase(words));
        }
        return phrases;
    }

    /** A lemma and its regular English inflections. */
    static Set<String> forms(String lemma) {
        Set<String> forms = new HashSet<>(List.of(lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"));
        int n = lemma.length();
        char last = lemma.charAt(n - 1);
        if (last == 'e') {
            forms.add(lemma + "d");
            forms.add(lemma.substring(0, n - 1) + "ing");
        }
        if (last == 'y' && n > 1 && !vowel(lemma.charAt(n - 2))) {
            forms.add(lemma.substring(0, n - 1) + "ies");
            forms.add(lemma.substring(0, n - 1) + "ied");
        }
        // ban -> banned, shelling is regular; only a short consonant-vowel-consonant ending doubles
        if (n >= 3 && !vowel(last) && "wxy".indexOf(last) < 0 && vowel(lemma.charAt(n - 2))
                && !vowel(lemma.charAt(n - 3))) {
            forms.add(lemma + last + "ed");
            forms.add(lemma + last + "ing");
        }
        return Set.copyOf(forms);
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** The sentence's words, lower-cased, split at anything that is not a letter or a digit. */
    static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        for (String word : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The PLOVER contexts the words of a sentence name, sorted. */
    public Set<String> contexts(String sentence) {
        List<String> tokens = words(sentence);
        Set<String> found = new TreeSet<>();
        for (ContextRow row : contexts) {
            if (!found.contains(row.context()) && row.phrases().stream().anyMatch(p -> p.foundIn(tokens))) {
                found.add(row.context());
            }
        }
        return found;
    }

    /**
     * The mode of a PLOVER type that the words of a sentence name: the first row of that type, in file order,
     * with a phrase in the sentence (the file lists the more telling modes first: "hunger strike" before
     * "strike").
     */
    public Optional<String> mode(String type, String sentence) {
        List<String> tokens = words(sentence);
        for (ModeRow row : modes) {
            if (row.type().equals(type) && row.phrases().stream().anyMatch(p -> p.foundIn(tokens))) {
                return Optional.of(row.mode());
            }
        }
        return Optional.empty();
    }

    /** The modes the lexicon knows for a type, in file order (for tests and docs). */
    Set<String> modesOf(String type) {
        Set<String> names = new LinkedHashSet<>();
        modes.stream().filter(m -> m.type().equals(type)).forEach(m -> names.add(m.mode()));
        return names;
    }
}
