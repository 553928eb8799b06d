package org.annals.ingest;

import static org.annals.ingest.TestInputs.article;
import static org.annals.ingest.TestInputs.kinds;
import static org.annals.ingest.TestInputs.only;
import static org.annals.ingest.TestInputs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.model.Article;
import org.annals.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {

    private static final LocalDate DEFAULT_DATE = LocalDate.of(2021, 3, 4);

    @TempDir
    Path dir;

    private final InputReader reader = new InputReader(new ReadOptions(Optional.empty()));

    @Test
    void sampleArticle_givesTitleDateAndCleanBody() {
        Path sample = TestInputs.resource("samples/venezuela-2019-01-23.txt");
        List<InputRecord> records = reader.readAll(List.of(sample));

        assertEquals(1, records.size());
        Article a = article(records.get(0));
        assertEquals("Defying Maduro's Order, Pompeo Says U.S. Diplomats Will Not Leave Venezuela", a.title());
        assertEquals(LocalDate.of(2019, 1, 23), a.date());
        assertEquals("venezuela-2019-01-23.txt", a.id());
        assertEquals(sample.toString(), a.origin());
        assertTrue(a.text().startsWith("Today, Venezuelan opposition leader"), a.text());
        assertFalse(a.text().contains("We may earn a commission"));
        assertFalse(a.text().contains("\n\n\n"));
        assertEquals(ContentHash.of(a.text()), a.contentHash());
        Diagnostic removed = only(records.get(0), "boilerplate-removed");
        assertEquals(Diagnostic.Severity.INFO, removed.severity());
        assertTrue(removed.message().contains("We may earn a commission from links on this page."));
        assertFalse(kinds(records.get(0)).contains("date-guessed"));
    }

    @Test
    void sidecarJson_givesTitleDateAndUrl() {
        write(dir, "a.txt", "A headline that differs\n\nBody text here.");
        write(dir, "a.json", "{\"title\": \"Sidecar title\", \"date\": \"2018-07-01\", \"url\": \"https://x.test/a\"}");
        Article a = article(reader.readAll(List.of(dir.resolve("a.txt"))).get(0));
        assertEquals("Sidecar title", a.title());
        assertEquals(LocalDate.of(2018, 7, 1), a.date());
        assertEquals("https://x.test/a", a.url());
        // A first line that is not the sidecar title may be article text, so it stays.
        assertTrue(a.text().startsWith("A headline that differs\n\nBody text here."), a.text());
    }

    @Test
    void malformedSidecar_warnsAndStillReadsTheText() {
        write(dir, "a.txt", "Headline\n\nBody text here.");
        write(dir, "a.json", "{\"date\": \"23 January 2019\"");
        InputRecord record = reader.readAll(List.of(dir.resolve("a.txt"))).get(0);
        assertEquals("Headline", article(record).title());
        assertEquals(Diagnostic.Severity.WARNING, only(record, "malformed-sidecar").severity());
    }

    @Test
    void headlineDetection_needsAShortUnpunctuatedFirstLineAndABlankLine() {
        write(dir, "sentence.txt", "The talks failed.\n\nMore text.");
        write(dir, "joined.txt", "No blank line after this\nMore text.");
        write(dir, "title.txt", "Talks Fail in Oslo\n\nMore text.");
        List<InputRecord> records = new InputReader(new ReadOptions(Optional.of(DEFAULT_DATE)))
                .readAll(List.of(dir.resolve("sentence.txt"), dir.resolve("joined.txt"), dir.resolve("title.txt")));
        assertEquals("", article(records.get(0)).title());
        assertEquals("", article(records.get(1)).title());
        assertEquals("Talks Fail in Oslo", article(records.get(2)).title());
        assertEquals("More text.", article(records.get(2)).text());
    }

    @Test
    void noDate_usesDefaultDateWithANoteNotAWarning() {
        write(dir, "a.txt", "Body text.");
        InputRecord record = new InputReader(new ReadOptions(Optional.of(DEFAULT_DATE)))
                .readAll(List.of(dir.resolve("a.txt"))).get(0);
        assertEquals(DEFAULT_DATE, article(record).date());
        assertEquals(List.of("date-from-option"), kinds(record));
        assertEquals(Diagnostic.Severity.INFO, record.diagnostics().get(0).severity());
        assertTrue(record.diagnostics().get(0).message().contains("--date 2021-03-04"), record.diagnostics().toString());
    }

    @Test
    void noDateAndNoDefault_usesFileTimeAndWarns() {
        write(dir, "a.txt", "Body text.");
        InputRecord record = reader.readAll(List.of(dir.resolve("a.txt"))).get(0);
        assertEquals(LocalDate.of(2020, 5, 6), article(record).date());
        Diagnostic guessed = only(record, "date-guessed");
        assertEquals(Diagnostic.Severity.WARNING, guessed.severity());
        assertTrue(guessed.message().contains("--date"), guessed.message());
    }

    @Test
    void html_givesMetadataAndBlockParagraphsWithoutFurniture() {
        write(dir, "page.html", """
                <html><head><title>Site | Fallback</title>
                <meta property="og:title" content="Pompeo: diplomats stay">
                <meta property="article:published_time" content="2019-01-23T18:04:00Z">
                <link rel="canonical" href="https://news.test/pompeo">
                <script>var ads = 1;</script></head>
                <body><nav>Home | World</nav><header>Site header</header>
                <article><h1>Pompeo: diplomats stay</h1>
                <p>Pompeo said the diplomats <b>will not</b> leave.</p>
                <div>Maduro gave them 72 hours.<br>They stayed.</div>
                <ul><li>First point</li><li>Second point</li></ul>
                <p>Share this article</p><aside>Related stories</aside></article>
                <footer>All rights reserved.</footer></body></html>
                """);
        InputRecord record = reader.readAll(List.of(dir.resolve("page.html"))).get(0);
        Article a = article(record);
        assertEquals("Pompeo: diplomats stay", a.title());
        assertEquals(LocalDate.of(2019, 1, 23), a.date());
        assertEquals("https://news.test/pompeo", a.url());
        assertEquals("Pompeo said the diplomats will not leave.\n\nMaduro gave them 72 hours.\nThey stayed.\n\n"
                + "First point\n\nSecond point", a.text());
        assertEquals(List.of("boilerplate-removed"), kinds(record));
    }

    @Test
    void html_fallsBackToTitleAndTimeElement() {
        write(dir, "page.htm", "<title>Plain title</title><main><time datetime=\"2017-03-02\">March 2</time>"
                + "<p>Body.</p></main>");
        Article a = article(reader.readAll(List.of(dir.resolve("page.htm"))).get(0));
        assertEquals("Plain title", a.title());
        assertEquals(LocalDate.of(2017, 3, 2), a.date());
        assertEquals("March 2\n\nBody.", a.text());
    }

    @Test
    void directory_isReadRecursivelyInPathOrderSkippingHiddenUnsupportedAndSidecars() {
        write(dir, "b.txt", "B text.");
        write(dir, "a/z.html", "<p>Z text.</p>");
        write(dir, "a/c.txt", "C text.");
        write(dir, "a/c.json", "{\"date\": \"2019-01-01\"}");
        write(dir, ".hidden.txt", "Hidden.");
        write(dir, ".git/x.txt", "Hidden too.");
        write(dir, "notes.pdf", "not read");
        List<InputRecord> records = reader.readAll(List.of(dir));
        assertEquals(List.of("c.txt", "z.html", "b.txt"), records.stream().map(InputRecord::id).toList());
        assertEquals(LocalDate.of(2019, 1, 1), article(records.get(0)).date());
    }

    @Test
    void emptyDirectory_givesNoInputsWarning() {
        InputRecord record = reader.readAll(List.of(dir)).get(0);
        assertTrue(record.article().isEmpty());
        assertEquals(Diagnostic.Severity.WARNING, only(record, "no-inputs").severity());
    }

    @Test
    void missingPath_givesMissingPathError() {
        InputRecord record = reader.readAll(List.of(dir.resolve("nope.txt"))).get(0);
        Diagnostic d = only(record, "missing-path");
        assertEquals(Diagnostic.Severity.ERROR, d.severity());
        assertEquals("no such file or directory", d.message());
        assertEquals("nope.txt", record.id());
    }

    @Test
    void explicitUnsupportedFile_givesUnsupportedFormat_butExplicitSidecarIsSkipped() {
        write(dir, "a.pdf", "%PDF");
        write(dir, "s.txt", "Text.");
        write(dir, "s.json", "{}");
        List<InputRecord> records = reader.readAll(List.of(dir.resolve("a.pdf"), dir.resolve("s.json")));
        assertEquals(1, records.size());
        assertTrue(only(records.get(0), "unsupported-format").message().contains("\".pdf\""));
    }

    @Test
    void fileOverTheLimit_givesTooLarge() {
        write(dir, "big.txt", "x".repeat(200));
        InputRecord record = new InputReader(new ReadOptions(Optional.empty(), 100))
                .readAll(List.of(dir.resolve("big.txt"))).get(0);
        assertTrue(only(record, "too-large").message().contains("200 bytes"));
    }

    @Test
    void dash_readsStandardInputAsOneTextDocument() {
        byte[] input = "Headline From Stdin\n\nBody from a pipe.".getBytes(StandardCharsets.UTF_8);
        InputReader stdinReader = new InputReader(new ReadOptions(Optional.of(DEFAULT_DATE)),
                BoilerplateFilter.load(), () -> new ByteArrayInputStream(input));
        Article a = article(stdinReader.readAll(List.of(Path.of("-"))).get(0));
        assertEquals("stdin", a.id());
        assertEquals("Headline From Stdin", a.title());
        assertEquals("Body from a pipe.", a.text());
        assertEquals(DEFAULT_DATE, a.date());
    }

    @Test
    void htmlDeclaringLatin1_isDecodedWithItsCharset() throws IOException {
        Path page = dir.resolve("old.html");
        Files.write(page, ("<meta charset=\"iso-8859-1\"><p>Caf\u00e9 in S\u00e3o Paulo.</p>")
                .getBytes(StandardCharsets.ISO_8859_1));
        InputRecord record = new InputReader(new ReadOptions(Optional.of(DEFAULT_DATE)))
                .readAll(List.of(page)).get(0);
        assertEquals("Caf\u00e9 in S\u00e3o Paulo.", article(record).text());
    }

    @Test
    void sameInputReadTwice_givesEqualRecords() {
        Path sample = TestInputs.resource("samples/venezuela-2019-01-23.txt");
        assertEquals(reader.readAll(List.of(sample)), reader.readAll(List.of(sample)));
    }
}
