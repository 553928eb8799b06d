package org.annals.actors;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.annals.data.TabularResource;

/**
 * The user's own additions to the actor registry: a tab-separated file in the format of the shipped
 * {@code persons.tsv} ({@code id, name, aliases, roles}) with an optional fifth column, {@code person} (the
 * default) or {@code organization}. It is the top layer of the registry, so its entries win over the built-in
 * and imported ones for the names they give.
 *
 * <p>Lines with the same id are one entry: their names and roles add up, and a later undated code replaces an
 * earlier one, so that accepting a new code for a name only ever appends a line. The file is read whole on
 * every load; it is small (one line per accepted name).
 */
public final class ActorOverlay {
    private static final String HEADER = """
            # Annals actor overlay: names you added to the registry ('annals actors accept'), read on every run
            # of 'annals code' and 'annals ingest'. Same format as Annals' persons.tsv (docs/data.md):
            # id <TAB> name <TAB> aliases (|-separated) <TAB> roles <TAB> kind
            #   roles  ;-separated CODE (always), CODE@FROM..TO, CODE@FROM.. or CODE@..TO (ISO dates, inclusive)
            #   kind   person (default) or organization
            # Lines with the same id add up; a later undated code replaces an earlier one.
            """;

    /**
     * One name to add.
     *
     * @param name the name as written in news text ("Gladys Ibarra")
     * @param code the actor code to give it
     * @param from the first day the code holds, if bounded
     * @param to   the last day the code holds, if bounded
     * @param kind {@link RegistryEntry.Kind#PERSON} or {@link RegistryEntry.Kind#ORGANIZATION}
     */
    public record Addition(String id, String name, String code, Optional<LocalDate> from, Optional<LocalDate> to,
                           RegistryEntry.Kind kind) {
        public Addition {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
            name = name.strip();
            if (name.isEmpty() || name.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r' || c == '|' || c == ';')) {
                throw new IllegalArgumentException("a name must not be empty nor hold tabs, line breaks, '|' or ';', got '"
                        + name + "'");
            }
            if (!RoleSyntax.isActorCode(code)) {
                throw new IllegalArgumentException("'" + code
                        + "' is no actor code (blocks of three capital letters or digits, such as VENGOV or ---GOV)");
            }
            if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                throw new IllegalArgumentException("the code cannot end (" + to.get() + ") before it starts (" + from.get() + ")");
            }
            if (kind == RegistryEntry.Kind.COUNTRY) {
                throw new IllegalArgumentException("the overlay holds persons and organisations, not countries");
            }
            if (!id.matches("[A-Z0-9_]+")) {
                throw new IllegalArgumentException("an overlay id is capital letters, digits and '_', got '" + id + "'");
            }
        }

        /**
         * An addition whose id is made from the name: upper case, accents and punctuation gone
         * ("GLADYS_IBARRA"). A person already in the registry under that id is extended, not replaced.
         */
        public Addition(String name, String code, Optional<LocalDate> from, Optional<LocalDate> to, RegistryEntry.Kind kind) {
            this(ActorOverlay.idOf(name), name, code, from, to, kind);
        }

        /** The line this addition appends to the overlay, without its line break. */
        public String line() {
            String role = from.isEmpty() && to.isEmpty()
                    ? code
                    : code + "@" + from.map(LocalDate::toString).orElse("") + ".." + to.map(LocalDate::toString).orElse("");
            return String.join("\t", id, name, "", role, kind.name().toLowerCase(Locale.ROOT));
        }
    }

    private ActorOverlay() {
    }

    /** The id an overlay line gets for {@code name}. */
    static String idOf(String name) {
        String upper = Names.normalize(name).toUpperCase(Locale.ROOT);
        StringBuilder id = new StringBuilder(upper.length());
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                id.append(c);
            } else if (id.length() > 0 && id.charAt(id.length() - 1) != '_') {
                id.append('_');
            }
        }
        int end = id.length();
        return end > 0 && id.charAt(end - 1) == '_' ? id.substring(0, end - 1) : id.toString();
    }

    /**
     * Reads an overlay file as a registry layer.
     *
     * @throws RegistryFormatException naming the file and line of a malformed line, or the file when unreadable
     */
    static RegistryLayer read(Path file) {
        List<TabularResource.Row> rows;
        try {
            rows = TabularResource.read(file);
        } catch (UncheckedIOException e) {
            throw new RegistryFormatException("cannot read the actor overlay " + file + ": " + e.getCause().getMessage(), e);
        }
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (TabularResource.Row row : rows) {
            String[] c = row.columns().toArray(new String[0]);
            RegistryLoader.require(c, 4, row.where());
            String id = c[0].strip();
            if (id.isEmpty() || c[1].isBlank()) {
                throw new RegistryFormatException(row.where() + ": an overlay line needs an id and a name");
            }
            RegistryEntry.Kind kind = kind(c.length > 4 ? c[4].strip() : "", row.where());
            Draft draft = drafts.computeIfAbsent(id, k -> new Draft(kind, c[1].strip(), row.where()));
            if (draft.kind != kind) {
                throw new RegistryFormatException(row.where() + ": '" + id + "' was a " + draft.kind.name().toLowerCase(Locale.ROOT)
                        + " at " + draft.where + ", it cannot be a " + kind.name().toLowerCase(Locale.ROOT) + " too");
            }
            draft.names.add(c[1].strip());
            draft.names.addAll(RegistryLoader.split(c[2], "\\|"));
            RoleSyntax.Roles roles = RoleSyntax.parse(c[3], row.where());
            if (!roles.code().isEmpty()) {
                draft.code = roles.code();
            }
            draft.roles.addAll(roles.roles());
        }
        List<RegistryEntry> entries = new ArrayList<>();
        for (Map.Entry<String, Draft> e : drafts.entrySet()) {
            Draft d = e.getValue();
            d.roles.sort((a, b) -> a.from().compareTo(b.from()));
            String id = (d.kind == RegistryEntry.Kind.PERSON ? "person:" : "org:") + e.getKey();
            entries.add(new RegistryEntry(id, d.kind, d.code, d.name, d.names.stream().distinct().toList(), d.roles,
                    "overlay " + d.where));
        }
        return RegistryLayer.of("overlay " + file, entries, List.of(), 0);
    }

    private static RegistryEntry.Kind kind(String column, String where) {
        return switch (column.toLowerCase(Locale.ROOT)) {
            case "", "person" -> RegistryEntry.Kind.PERSON;
            case "organization", "organisation", "org" -> RegistryEntry.Kind.ORGANIZATION;
            default -> throw new RegistryFormatException(where + ": kind must be person or organization, got '" + column + "'");
        };
    }

    /**
     * Appends {@code addition} to the overlay at {@code file}, creating the file (with a header saying what it is)
     * and its directories when missing. The overlay is read first, so that a malformed one is reported rather
     * than appended to.
     *
     * @return the line written
     * @throws RegistryFormatException when the existing overlay is malformed or names the id as another kind
     * @throws UncheckedIOException    when the file cannot be written
     */
    public static String append(Path file, Addition addition) {
        try {
            if (Files.exists(file)) {
                for (RegistryEntry entry : read(file).entries()) {
                    if (entry.id().endsWith(":" + addition.id()) && entry.kind() != addition.kind()) {
                        throw new RegistryFormatException(file + ": '" + addition.id() + "' is already a "
                                + entry.kind().name().toLowerCase(Locale.ROOT) + " (" + entry.source() + ")");
                    }
                }
            } else {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(file, HEADER, StandardCharsets.UTF_8);
            }
            String prefix = endsWithLineBreak(file) ? "" : "\n";
            Files.writeString(file, prefix + addition.line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return addition.line();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the actor overlay " + file + ": " + e, e);
        }
    }

    /** A hand-edited file may lack its final line break; the appended line must not join the last one. */
    private static boolean endsWithLineBreak(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            if (raf.length() == 0) {
                return true;
            }
            raf.seek(raf.length() - 1);
            return raf.read() == '\n';
        }
    }

    /** The lines of one id gathered while reading. */
    private static final class Draft {
        final RegistryEntry.Kind kind;
        final String name;
        final String where;
        final List<String> names = new ArrayList<>();
        final List<DatedRole> roles = new ArrayList<>();
        String code = "";

        Draft(RegistryEntry.Kind kind, String name, String where) {
            this.kind = kind;
            this.name = name;
            this.where = where;
        }
    }
}
