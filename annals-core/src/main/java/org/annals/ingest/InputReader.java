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
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(sink, "sink");
        for (Path path : paths) {
            Objects.requireNonNull(path, "paths must not contain null");
            readArgument(path, sink);
        }
    }

    /** Reads every path into a list; see {@link #read(List, Consumer)}. */
    public List<InputRecord> readAll(List<Path> paths) {
        List<InputRecord> records = new ArrayList<>();
        read(paths, records::add);
        return records;
    }

    private void readArgument(Path path, Consumer<InputRecord> sink) {
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
            readFile(path, format(path).get()).forEach(sink);
        } else if (!isSidecar(path)) {
            // A sidecar given explicitly is skipped silently: `annals code dir/*` names it beside its text.
            String extension = extension(path);
            sink.accept(failure(path, "unsupported-format", "unsupported format "
                    + (extension.isEmpty() ? "(no extension)" : "\"." + extension + "\"")
                    + "; give .txt, .text, .html, .htm, .jsonl, .rss, .atom, .xml, .warc or .warc.gz files"
                    + (extension.equals("json") ? " (JSON Lines files must end in .jsonl)" : "")));
        }
    }

    private void readDirectory(Path root, Consumer<InputRecord> sink) {
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
                readFile(path, format(path).orElseThrow()).forEach(sink);
            }
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
