package org.annals.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The identity of an article's text: lowercase hex SHA-256 of the text after Unicode NFC normalisation, with every
 * run of whitespace collapsed to one space and the ends trimmed. Re-wrapping or re-indenting a text therefore keeps
 * its hash, which is what lets ingest recognise an article it has already stored. Pure and thread-safe.
 */
public final class ContentHash {

    /** Unicode-aware, so no-break and ideographic spaces count as whitespace too. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private ContentHash() {
    }

    /** The hash of {@code text}; see the class comment for the normalisation. */
    public static String of(String text) {
        String normalised = WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256, so this is a broken JVM, not bad input.
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
