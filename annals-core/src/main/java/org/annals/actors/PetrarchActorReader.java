package org.annals.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.data.XmlComments;

/**
 * Reads a PETRARCH2 (TABARI-format) actor dictionary, such as {@code Phoenix.Countries.actors.txt}, into a
 * registry layer. Thread-safe; holds only the built-in country and sector codes it classifies codes with.
 *
 * <p>Design note: the format as read here.
 * <ul>
 *   <li>An entry is a name line, then {@code +} synonym lines, then code blocks; a code block may also follow
 *   the name on its line. Words of a name are joined by {@code _} or spaces; a trailing {@code _} is dropped.
 *   A name line with no code joins the next entry, which is how the files give several full names to one
 *   person ({@code IVO_JOSIPOVIC_}, {@code JOSIPOVIC_}, then {@code [HRVGOV >20120219]}).</li>
 *   <li>Code blocks: {@code [CODE]} (undated: the default), {@code [CODE >DATE]} (from the day on),
 *   {@code [CODE <DATE]} (until the day), {@code [CODE DATE-DATE]}; dates {@code yymmdd} (00-29 are 20xx,
 *   30-99 19xx) or {@code yyyymmdd}, both ends inclusive as in Annals' own files. Of two roles held on a day the
 *   one that started later wins.</li>
 *   <li>Comments: {@code #} to the end of the line, and {@code <!-- ... -->}, which may span lines.</li>
 * </ul>
 * A code of three letters that is not a sector is a country, so that role words combine with it ("Afghan
 * troops": {@code AFGMIL}). An entry with dated codes is a person (its undated code is what it is outside those
 * dates), unless none of its codes has a sector and its current code is a country's: then it is a country whose
 * history is kept only as today's code (Kosovo: {@code YUGKSV}, {@code KSVUNO}, then {@code KSV}). Any other
 * undated code is an organisation's, taken whole. A bare sector code ({@code [MED]}, a default
 * {@code [ELI]}) takes the country of the entry's last role, else {@code ---}. Names are matched without case,
 * except names of three letters or fewer ("UN", "U.S."), which keep their capitals so that "us" is no country.
 * TABARI's stems (a name without trailing {@code _} also matching longer words) are not supported: names match
 * whole words.
 *
 * <p>A malformed block or an entry without codes is skipped and reported as {@code file:line: message}; the
 * rest of the file still loads.
 */
final class PetrarchActorReader {
    /** CAMEO's first-position codes that are types of actor rather than countries: kept whole. */
    private static final Set<String> ACTOR_TYPES = Set.of("IGO", "NGO", "IMG", "MNC", "NGM", "UIS");
    private static final int MAX_PROBLEMS = 50;

    private final Set<String> countryCodes;
    private final Set<String> sectorCodes;

    PetrarchActorReader(Set<String> countryCodes, Set<String> sectorCodes) {
        this.countryCodes = Set.copyOf(countryCodes);
        this.sectorCodes = Set.copyOf(sectorCodes);
    }

    /**
     * Reads one dictionary file. Bytes that are not UTF-8 become replacement characters rather than errors: the
     * files are old and mostly ASCII, and one odd byte should not cost the rest.
     *
     * @throws RegistryFormatException when the file cannot be read at all
     */
    RegistryLayer read(Path file) {
        List<String> lines = new ArrayList<>();
        // InputStreamReader replaces malformed bytes (Files.newBufferedReader would throw), and decoding line by
        // line keeps the ASCII lines compact even when a few lines of the file are not.
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new RegistryFormatException("cannot read PETRARCH actor file " + file + ": " + e, e);
        }
        return read(lines, file.toString());
    }

    /** Reads dictionary lines; {@code name} is where they came from, used in sources and problems. */
    RegistryLayer read(List<String> lines, String name) {
        Parse parse = new Parse(name);
        List<String> plain = XmlComments.strip(lines, "<!");
        for (int i = 0; i < plain.size(); i++) {
            parse.line(plain.get(i), i + 1);
        }
        return parse.finish();
    }

    /** The state of reading one file. */
    private final class Parse {
        private final String file;
        private final List<RegistryEntry> entries = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private int problemCount;
        private Draft current;

        Parse(String file) {
            this.file = file;
        }

        void line(String raw, int number) {
            int hash = raw.indexOf('#');
            String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
            if (line.isEmpty()) {
                return;
            }
            boolean synonym = line.startsWith("+");
            int bracket = line.indexOf('[');
            String name = bracket < 0 ? line : line.substring(0, bracket);
            if (synonym) {
                name = name.substring(1);
            }
            name = PetrarchSyntax.phrase(name);
            if (synonym || name.isEmpty()) {
                if (current == null) {
                    problem(number, "'" + line + "' belongs to no entry");
                    return;
                }
            } else if (current == null || current.hasCode()) {
                finishEntry();
                current = new Draft(file + ":" + number);
            }
            if (!name.isEmpty()) {
                current.names.add(name);
            }
            for (int open = bracket; open >= 0; open = line.indexOf('[', open + 1)) {
                int close = line.indexOf(']', open);
                if (close < 0) {
                    problem(number, "unclosed code block in '" + line + "'");
                    break;
                }
                block(line.substring(open + 1, close), number);
            }
        }

        private void block(String text, int where) {
            // The common block is one code alone (the Phoenix files have ~40,000 blocks): take it as it is.
            String plain = text.strip();
            if (PetrarchSyntax.isPlainCode(plain)) {
                current.undated.add(plain);
                return;
            }
            PetrarchSyntax.BlockReader b = new PetrarchSyntax.BlockReader(plain);
            String code = b.word().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                problem(where, "cannot read code block [" + text + "]");
                return;
            }
            if (!PetrarchSyntax.isPlainCode(code)) {
                problem(where, "'" + code + "' is no actor code (alternatives and markers such as +++ are not supported)");
                return;
            }
            if (b.atEnd()) {
                current.undated.add(code);
                return;
            }
            try {
                char operator = b.operator();
                String first = b.digits();
                if (first.isEmpty()) {
                    problem(where, "cannot read code block [" + text + "]");
                } else if (operator != 0 && b.atEnd()) {
                    LocalDate day = PetrarchSyntax.date(first);
                    current.roles.add(operator == '>'
                            ? new DatedRole(code, day, Optional.empty())
                            : new DatedRole(code, LocalDate.MIN, Optional.of(day)));
                } else if (operator == 0 && b.dash()) {
                    String second = b.digits();
                    if (second.isEmpty() || !b.atEnd()) {
                        problem(where, "cannot read code block [" + text + "]");
                    } else {
                        current.roles.add(new DatedRole(code, PetrarchSyntax.date(first),
                                Optional.of(PetrarchSyntax.date(second))));
                    }
                } else {
                    problem(where, "cannot read code block [" + text + "]");
                }
            } catch (DateTimeException | IllegalArgumentException e) {
                problem(where, "bad date in [" + text + "]: " + e.getMessage());
            }
        }

        private void finishEntry() {
            if (current == null) {
                return;
            }
            if (!current.hasCode()) {
                problem(current.where, "entry " + current.names + " has no code; skipped");
                return;
            }
            current.roles.sort((a, b) -> a.from().compareTo(b.from()));
            String defaultCode = current.undated.isEmpty() ? "" : current.undated.get(current.undated.size() - 1);
            String display = PetrarchSyntax.display(current.names.get(0));
            String source = "petrarch " + current.where;
            List<String> names = List.copyOf(new LinkedHashSet<>(current.names));
            RegistryEntry entry;
            String now = current.roles.isEmpty() || !defaultCode.isEmpty() ? defaultCode
                    : current.roles.get(current.roles.size() - 1).code();
            if (!current.roles.isEmpty() && (hasSector() || !isCountry(now))) {
                entry = new RegistryEntry("person:" + ActorOverlay.idOf(display), RegistryEntry.Kind.PERSON,
                        bareSector(defaultCode), display, names, current.roles, source);
            } else if (isCountry(now)) {
                // A country's dated codes (Kosovo under Yugoslavia, then the UN, then itself) are reduced to today's.
                entry = new RegistryEntry("country:" + now, RegistryEntry.Kind.COUNTRY, now, display, names, List.of(),
                        source);
            } else {
                String code = bareSector(defaultCode);
                entry = new RegistryEntry("org:" + code + ":" + display, RegistryEntry.Kind.ORGANIZATION, code,
                        display, names, List.of(), source);
            }
            entries.add(entry);
        }

        /** A three-letter code of no sector and no type of actor names a country (one Annals may not know: SUN, DDR). */
        private boolean isCountry(String code) {
            return code.length() == 3 && !code.equals("---") && !ACTOR_TYPES.contains(code)
                    && (countryCodes.contains(code) || !sectorCodes.contains(code));
        }

        /** True when a code of the entry names a sector (GOV, MIL, ELI...): an office holder, not a country. */
        private boolean hasSector() {
            List<String> codes = new ArrayList<>(current.undated);
            current.roles.forEach(r -> codes.add(r.code()));
            for (String code : codes) {
                for (int at = 0; at + 3 <= code.length(); at += 3) {
                    if (sectorCodes.contains(code.substring(at, at + 3)) && !ACTOR_TYPES.contains(code.substring(at, at + 3))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A default that is only a sector ({@code ELI} after a term in office) takes the country of the last role. */
        private String bareSector(String code) {
            if (code.length() != 3 || countryCodes.contains(code) || !sectorCodes.contains(code) || ACTOR_TYPES.contains(code)) {
                return code;
            }
            if (current.roles.isEmpty()) {
                return "---" + code;
            }
            String last = current.roles.get(current.roles.size() - 1).code();
            String owner = ACTOR_TYPES.contains(last.substring(0, 3)) ? last.substring(0, Math.min(6, last.length()))
                    : last.substring(0, 3);
            return owner + code;
        }

        private void problem(int line, String message) {
            problem(file + ":" + line, message);
        }

        private void problem(String where, String message) {
            problemCount++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(where + ": " + message);
            }
        }

        RegistryLayer finish() {
            finishEntry();
            current = null;
            return RegistryLayer.of("petrarch " + file, entries, problems, problemCount);
        }
    }

    /** One entry while its lines are read. */
    private static final class Draft {
        final String where;
        final List<String> names = new ArrayList<>();
        final List<String> undated = new ArrayList<>();
        final List<DatedRole> roles = new ArrayList<>();

        Draft(String where) {
            this.where = where;
        }

        boolean hasCode() {
            return !undated.isEmpty() || !roles.isEmpty();
        }
    }
}
