package org.annals.ingest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.annals.model.Diagnostic;

/**
 * Turns the paths a user gives into {@link InputRecord}s: one per file, one per JSON Lines line. Supported are
 * {@code .txt}/{@code .text} (with an optional {@code stem.json} sidecar), {@code .html}/{@code .htm} and
 * {@code .jsonl}; {@code -} is standard input, read as one text document with id and origin {@code stdin}.
 * Directories are read recursively in path order, skipping hidden and unsupported files.
 *
 * <p>Bad input is data: a missing, binary, empty or mis-encoded input becomes a record with an error diagnostic and
 * the batch goes on. Exceptions thrown by the sink are the caller's and propagate.
 *
 * <p>Thread-safe: an instance holds only immutable collaborators.
 */
public final class InputReader {

    private static final String STDIN = "stdin";

    private enum Format { TEXT, HTML, JSON_LINES, FEED, WARC }

    private static final Map<String, Format> FORMATS = Map.of("txt", Format.TEXT, "text", Format.TEXT,
            "html", Format.HTML, "htm", Format.HTML, "jsonl", Format.JSON_LINES, "rss", Format.FEED,
            "atom", Format.FEED, "xml", Format.FEED, "warc", Format.WARC);

    private final ReadOptions options;
    private final Supplier<InputStream> stdin;
    private final ArticleAssembler assembler;
    private final PlainTextExtractor plainText;
    private final HtmlExtractor html;
    private final JsonLinesReader jsonLines;
    private final FeedReader feeds;
    private final WarcArchiveReader warcs;

    /** A reader with the bundled boilerplate patterns, read from the classpath now. */
    public InputReader(ReadOptions options) {
        this(options, BoilerplateFilter.load());
    }

    /** A reader with the given boilerplate filter, for applications that wire their own. */
    public InputReader(ReadOptions options, BoilerplateFilter boilerplate) {
        this(options, boilerplate, () -> System.in);
    }

    InputReader(ReadOptions options, BoilerplateFilter boilerplate, Supplier<InputStream> stdin) {
        this.options = Objects.requireNonNull(options, "options");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(boilerplate, "boilerplate");
        // Strict: a line with two objects, or a key given twice, is a mistake the user should hear about.
        ObjectMapper json = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.assembler = new ArticleAssembler(options, boilerplate);
        this.plainText = new PlainTextExtractor(json, boilerplate);
        this.html = new HtmlExtractor();
        this.jsonLines = new JsonLinesReader(json, assembler);
        this.feeds = new FeedReader(assembler, html);
        this.warcs = new WarcArchiveReader(assembler, html, options.maxBytes());
    }

    /**
     * Reads each path (a file, a directory read recursively in sorted path order, or {@code -} for standard input)
     * and hands every record to {@code sink}, in order.
     */
    public void read(List<Path> paths, Consumer<InputRecord> sink) {
        Objects.requireNonNull(sink, "sink");
        readWithOffsets(paths, (record, bytesThrough) -> sink.accept(record));
    }

    /** Receives each record with the number of input bytes read up to the end of it. */
    @FunctionalInterface
    public interface OffsetSink {
        void accept(InputRecord record, long bytesThrough);
    }

    /**
     * Like {@link #read(List, Consumer)}, also telling the sink how far through the inputs each record ends, in
     * bytes of the input files, so that a caller can tell how much is left (see {@link #inputBytes(List)}).
     * A file's bytes count once all its records are read; a file of several records (JSON Lines, a feed, an
     * archive) is shared evenly among them, an approximation that needs no byte offsets from the parsers. Standard
     * input counts nothing, as its size is not known in advance.
     */
    public void readWithOffsets(List<Path> paths, OffsetSink sink) {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(sink, "sink");
        long[] consumed = {0};
        Emitter emit = (records, bytes) -> {
            for (int i = 0; i < records.size(); i++) {
                sink.accept(records.get(i), consumed[0] + bytes * (i + 1) / records.size());
            }
            consumed[0] += bytes;
        };
        for (Path path : paths) {
            Objects.requireNonNull(path, "paths must not contain null");
            readArgument(path, emit);
        }
    }

    /**
     * The bytes {@link #readWithOffsets} will count for {@code paths}, found before reading them: the sizes of the
     * files, directories listed as they are read. Empty when standard input is among the paths.
     */
    public OptionalLong inputBytes(List<Path> paths) {
        long total = 0;
        for (Path path : paths) {
            if (path.toString().equals("-")) {
                return OptionalLong.empty();
            }
            if (Files.isDirectory(path)) {
                for (Map.Entry<Path, Optional<String>> entry : listDirectory(path).entrySet()) {
                    total += entry.getValue().isEmpty() ? size(entry.getKey()) : 0;
                }
            } else if (Files.isRegularFile(path) && format(path).isPresent()) {
                total += size(path);
            }
        }
        return OptionalLong.of(total);
    }

    /** Hands on the records of one input together with the bytes that input counts for. */
    @FunctionalInterface
    private interface Emitter {
        void accept(List<InputRecord> records, long bytes);

        default void accept(InputRecord record) {
            accept(List.of(record), 0);
        }
    }

    /** Reads every path into a list; see {@link #read(List, Consumer)}. */
    public List<InputRecord> readAll(List<Path> paths) {
        List<InputRecord> records = new ArrayList<>();
        read(paths, records::add);
        return records;
    }

    private void readArgument(Path path, Emitter sink) {
        String origin = path.toString();
        if (origin.equals("-")) {
            sink.accept(readStdin());
        } else if (Files.isDirectory(path)) {
            readDirectory(path, sink);
        } else if (!Files.exists(path)) {
            sink.accept(failure(path, "missing-path", "no such file or directory"));
        } else if (!Files.isRegularFile(path)) {
            sink.accept(failure(path, "unreadable", "not a regular file or directory"));
        } else if (format(path).isPresent()) {
            sink.accept(readFile(path, format(path).get()), size(path));
        } else if (!isSidecar(path)) {
            // A sidecar given explicitly is skipped silently: `annals code dir/*` names it beside its text.
            String extension = extension(path);
            sink.accept(failure(path, "unsupported-format", "unsupported format "
                    + (extension.isEmpty() ? "(no extension)" : "\"." + extension + "\"")
                    + "; give .txt, .text, .html, .htm, .jsonl, .rss, .atom, .xml, .warc or .warc.gz files"
                    + (extension.equals("json") ? " (JSON Lines files must end in .jsonl)" : "")));
        }
    }

    private void readDirectory(Path root, Emitter sink) {
        TreeMap<Path, Optional<String>> entries = listDirectory(root);
        if (entries.isEmpty()) {
            sink.accept(new InputRecord(root.toString(), name(root), Optional.empty(), List.of(Diagnostic.warning(
                    "no-inputs", root.toString(), "", "no .txt, .text, .html, .htm, .jsonl, .rss, .atom, .xml, .warc or .warc.gz files in this directory"))));
            return;
        }
        for (Map.Entry<Path, Optional<String>> entry : entries.entrySet()) {
            Path path = entry.getKey();
            if (entry.getValue().isPresent()) {
                sink.accept(failure(path, "unreadable", entry.getValue().get()));
            } else {
                sink.accept(readFile(path, format(path).orElseThrow()), size(path));
            }
        }
    }

    /** The readable inputs under {@code root}, each with the reason it cannot be read if it cannot. */
    private static TreeMap<Path, Optional<String>> listDirectory(Path root) {
        // Sorted by path so that a batch reads in the same order on every machine; failures keep their place.
        TreeMap<Path, Optional<String>> entries = new TreeMap<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && isHidden(dir)
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !isHidden(file) && format(file).isPresent()) {
                                entries.put(file, Optional.empty());
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!isHidden(file)) {
                                entries.put(file, Optional.of(e instanceof FileSystemLoopException
                                        ? "symbolic link loop; skipped" : describe(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                entries.put(dir, Optional.of("could not list the directory: " + describe(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            entries.put(root, Optional.of(describe(e)));
        }
        return entries;
    }

    /** A file's size for progress accounting; 0 when it cannot be read (it is then a failed record). */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The records of one file; computed before any reaches the sink, so a sink's exception is never ours. */
    private List<InputRecord> readFile(Path path, Format format) {
        if (format == Format.WARC) {
            // Archives are streamed record by record: they are often gigabytes, far over the size limit of a file.
            List<InputRecord> records = new ArrayList<>();
            warcs.read(path, name(path), records::add);
            return records;
        }
        byte[] bytes;
        Optional<LocalDate> fileDate;
        try {
            long size = Files.size(path);
            if (size > options.maxBytes()) {
                return List.of(failure(path, "too-large", tooLarge(size)));
            }
            bytes = Files.readAllBytes(path);
            fileDate = Optional.of(LocalDate.ofInstant(Files.getLastModifiedTime(path).toInstant(),
                    ZoneId.systemDefault()));
        } catch (IOException e) {
            return List.of(failure(path, "unreadable", describe(e)));
        }
        try {
            return parse(path, format, bytes, fileDate);
        } catch (RuntimeException e) {
            // A bug triggered by one odd file must not cost the user the rest of the batch.
            return List.of(failure(path, "internal-error", "could not read this input because of a bug in Annals ("
                    + e + "); please report it with the file"));
        }
    }

    private List<InputRecord> parse(Path path, Format format, byte[] bytes, Optional<LocalDate> fileDate) {
        String origin = path.toString();
        TextDecoding.Decoded decoded = format == Format.HTML
                ? TextDecoding.decodeHtml(bytes) : TextDecoding.decodeText(bytes);
        if (decoded instanceof TextDecoding.Decoded.Rejected rejected) {
            return List.of(failure(path, rejected.kind(), rejected.message()));
        }
        String text = ((TextDecoding.Decoded.Text) decoded).text();
        ArticleAssembler.Source source = new ArticleAssembler.Source(origin, name(path), "", fileDate);
        return switch (format) {
            case TEXT -> List.of(assembler.assemble(source,
                    plainText.extract(text, Optional.of(PlainTextExtractor.sidecarOf(path)), origin)));
            case HTML -> List.of(assembler.assemble(source, html.extract(text, origin)));
            case JSON_LINES -> {
                List<InputRecord> records = new ArrayList<>();
                jsonLines.read(text, origin, fileDate, records::add);
                yield records;
            }
            case WARC -> throw new IllegalStateException("archives are streamed, not parsed whole: " + origin);
            case FEED -> {
                List<InputRecord> records = new ArrayList<>();
                feeds.read(bytes, origin, name(path), fileDate, records::add);
                yield records;
            }
        };
    }

    private InputRecord readStdin() {
        byte[] bytes;
        try {
            InputStream in = stdin.get();
            // One byte over the limit is enough to know the input is too large, without reading all of it.
            bytes = in.readNBytes((int) Math.min(options.maxBytes() + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            return InputRecord.failed(STDIN, STDIN, Diagnostic.error("unreadable", STDIN, "", describe(e)));
        }
        if (bytes.length > options.maxBytes()) {
            return InputRecord.failed(STDIN, STDIN, Diagnostic.error("too-large", STDIN, "", tooLarge(bytes.length)));
        }
        TextDecoding.Decoded decoded = TextDecoding.decodeText(bytes);
        if (decoded instanceof TextDecoding.Decoded.Rejected rejected) {
            return InputRecord.failed(STDIN, STDIN,
                    Diagnostic.error(rejected.kind(), STDIN, "", rejected.message().replace("the file", "the input")));
        }
        String text = ((TextDecoding.Decoded.Text) decoded).text();
        return assembler.assemble(new ArticleAssembler.Source(STDIN, STDIN, "", Optional.empty()),
                plainText.extract(text, Optional.empty(), STDIN));
    }

    private String tooLarge(long size) {
        return String.format(Locale.ROOT, "the input has %,d bytes, over the limit of %,d bytes", size,
                options.maxBytes());
    }

    private static InputRecord failure(Path path, String kind, String message) {
        return InputRecord.failed(path.toString(), name(path), Diagnostic.error(kind, path.toString(), "", message));
    }

    private static Optional<Format> format(Path path) {
        if (name(path).toLowerCase(java.util.Locale.ROOT).endsWith(".warc.gz")) {
            return Optional.of(Format.WARC);
        }
        return Optional.ofNullable(FORMATS.get(extension(path)));
    }

    /** A {@code .json} beside a text file of the same stem is that file's metadata, never an input. */
    private static boolean isSidecar(Path path) {
        if (!extension(path).equals("json")) {
            return false;
        }
        String stem = name(path).substring(0, name(path).length() - ".json".length());
        return FORMATS.entrySet().stream().filter(e -> e.getValue() == Format.TEXT)
                .anyMatch(e -> Files.isRegularFile(path.resolveSibling(stem + "." + e.getKey())));
    }

    private static String extension(Path path) {
        String name = name(path);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    private static boolean isHidden(Path path) {
        return name(path).startsWith(".");
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
