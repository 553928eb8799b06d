package org.annals.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.model.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a news page: metadata from the head, the body text from {@code <article>}, else {@code <main>}, else
 * {@code <body>}, with navigation, scripts and other page furniture removed. jsoup never throws on bad markup, so
 * neither does this. Stateless and thread-safe.
 */
final class HtmlExtractor {

    private static final String FURNITURE = "script, style, nav, header, footer, aside, form, noscript, template, "
            + "iframe, svg";

    /** Elements that end a paragraph: text inside one never runs into the text of its neighbours. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "pre", "section", "article", "main", "table", "tr", "td", "th", "dl", "dt", "dd", "figure",
            "figcaption", "address", "hr", "body");

    /** Date metadata in order of trust: the article's own publication time first. */
    private static final List<String> DATE_META = List.of("article:published_time", "datepublished", "date",
            "pubdate", "publishdate", "dc.date.issued", "dc.date");

    private static final Pattern SPACES = Pattern.compile("[\\h\\s]+");

    Extracted extract(String html, String origin) {
        Document doc = Jsoup.parse(html, "");
        List<Diagnostic> diagnostics = new ArrayList<>();
        String title = meta(doc, "og:title")
                .or(() -> Optional.of(doc.title().strip()).filter(t -> !t.isEmpty()))
                .or(() -> Optional.ofNullable(doc.selectFirst("h1")).map(Element::text).filter(t -> !t.isBlank()))
                .orElse("");
        Optional<LocalDate> date = date(doc, origin, diagnostics);
        String url = Optional.ofNullable(doc.selectFirst("link[rel=canonical][href]"))
                .map(e -> e.attr("href").strip()).filter(u -> !u.isEmpty())
                .or(() -> meta(doc, "og:url"))
                .orElse("");

        Element container = Optional.ofNullable(doc.selectFirst("article"))
                .or(() -> Optional.ofNullable(doc.selectFirst("main")))
                .orElse(doc.body());
        container.select(FURNITURE).remove();
        // The page's h1 usually repeats the headline, which is already the title.
        container.select("h1").stream().filter(h -> collapse(h.text()).equalsIgnoreCase(collapse(title)))
                .forEach(Element::remove);
        return new Extracted(title, date, url, Paragraphs.join(paragraphs(container)), diagnostics);
    }

    /** The content of a {@code <meta>} whose property, name or itemprop is {@code key}, ignoring case. */
    private static Optional<String> meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            for (String attr : List.of("property", "name", "itemprop")) {
                if (m.attr(attr).strip().equalsIgnoreCase(key) && !m.attr("content").isBlank()) {
                    return Optional.of(m.attr("content").strip());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(Document doc, String origin, List<Diagnostic> diagnostics) {
        List<String> candidates = new ArrayList<>();
        for (String key : DATE_META) {
            meta(doc, key).ifPresent(candidates::add);
        }
        for (Element time : doc.select("time[datetime]")) {
            candidates.add(time.attr("datetime"));
        }
        for (String candidate : candidates) {
            Optional<LocalDate> date = IsoDates.leading(candidate);
            if (date.isPresent()) {
                return date;
            }
        }
        if (!candidates.isEmpty()) {
            diagnostics.add(Diagnostic.warning("unparsed-date", origin, "",
                    "the page gives a date that is not YYYY-MM-DD: \"" + cut(candidates.get(0)) + "\""));
        }
        return Optional.empty();
    }

    private static List<String> paragraphs(Element container) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(inPre(text) ? text.getWholeText() : text.text());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        current.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        flush(current, paragraphs);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, paragraphs);
                }
            }
        }, container);
        flush(current, paragraphs);
        return paragraphs;
    }

    private static boolean inPre(TextNode text) {
        Element parent = text.parent();
        return parent != null && parent.normalName().equals("pre");
    }

    /** Ends the paragraph being built; its lines keep their breaks but lose runs of spaces. */
    private static void flush(StringBuilder current, List<String> paragraphs) {
        List<String> lines = current.toString().lines().map(HtmlExtractor::collapse).filter(l -> !l.isEmpty())
                .toList();
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines));
        }
        current.setLength(0);
    }

    private static String collapse(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static String cut(String s) {
        String collapsed = collapse(s);
        return collapsed.length() <= 80 ? collapsed : collapsed.substring(0, 80) + "\u2026";
    }
}
