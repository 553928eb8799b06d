package org.annals.cluster;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one copy of an article was published, as far as its URL or origin tells: the unit of GDELT's
 * NumArticles ({@code document}) and of NumSources ({@code name}).
 *
 * <p>A URL is the better witness. Its document is the URL without its fragment, so a page read twice, or updated
 * at the same address, is one document; its publisher is the host, lower-cased and without a leading
 * {@code www.}, so {@code www.reuters.com} and {@code reuters.com} are one source. Subdomains stay apart
 * ({@code edition.cnn.com} is not {@code cnn.com}): telling a registrable domain needs the public-suffix list,
 * and sections of one outlet on different hosts are rare.
 *
 * <p>Without a URL (plain files, records without {@code url}) the document is the origin and the publisher is
 * the file it came from: the origin less a {@code :line} (JSON Lines) or {@code #item} (feeds, archives) suffix.
 * So every record of one file counts as one source, and two loose text files as two; nothing better is known.
 *
 * @param document the copy: its URL, or its origin when it has none
 * @param name     its publisher: the URL's host, or the origin's file
 */
public record Publisher(String document, String name) {

    private static final Pattern RECORD_SUFFIX = Pattern.compile("[:#]\\d+$");
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:]+)");

    public Publisher {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(name, "name");
    }

    /** The publisher of a copy read from {@code origin}, with {@code url} (empty when unknown). */
    public static Publisher of(String url, String origin) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(origin, "origin");
        String trimmed = url.strip();
        if (!trimmed.isEmpty()) {
            String host = host(trimmed);
            if (!host.isEmpty()) {
                int fragment = trimmed.indexOf('#');
                return new Publisher(fragment < 0 ? trimmed : trimmed.substring(0, fragment), host);
            }
        }
        return new Publisher(origin, RECORD_SUFFIX.matcher(origin).replaceFirst(""));
    }

    /** The host of {@code url}, lower case, without {@code www.}; empty when it has none (a bare path, a URN). */
    private static String host(String url) {
        String host;
        try {
            host = new URI(url).getHost();
        } catch (URISyntaxException e) {
            // Feeds carry URLs with spaces and other unescaped characters; the host is still plain to read.
            Matcher matcher = SCHEME_AND_HOST.matcher(url);
            host = matcher.lookingAt() ? matcher.group(1) : null;
        }
        if (host == null || host.isBlank()) {
            return "";
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
