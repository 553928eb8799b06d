package org.annals.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an input into text, or says why they are not text. Decoding is strict: a wrong byte is
 * reported with its offset instead of silently becoming U+FFFD, because a mis-decoded name would be coded wrongly
 * without anyone noticing.
 */
final class TextDecoding {

    /** The outcome: the text, or the diagnostic kind and message saying why there is none. */
    sealed interface Decoded {
        record Text(String text) implements Decoded {
        }

        record Rejected(String kind, String message) implements Decoded {
        }
    }

    private static final int SNIFF_BYTES = 8192;
    private static final double MAX_CONTROL_SHARE = 0.10;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoding() {
    }

    /** Decodes a text document as strict UTF-8. */
    static Decoded decodeText(byte[] bytes) {
        Optional<Decoded> refused = refuseEmptyOrBinary(bytes);
        if (refused.isPresent()) {
            return refused.get();
        }
        return decodeStrict(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Decodes an HTML page: strict UTF-8, unless the page is not valid UTF-8 and declares another charset in a
     * {@code <meta>} tag, as many older news sites do (windows-1252, ISO-8859-1).
     */
    static Decoded decodeHtml(byte[] bytes) {
        Optional<Decoded> refused = refuseEmptyOrBinary(bytes);
        if (refused.isPresent()) {
            return refused.get();
        }
        Decoded utf8 = decodeStrict(bytes, StandardCharsets.UTF_8);
        if (!(utf8 instanceof Decoded.Rejected rejected) || !rejected.kind().equals("invalid-encoding")) {
            return utf8;
        }
        // The charset declaration is ASCII, so any ASCII-compatible reading finds it.
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return utf8;
        }
        try {
            Charset declared = Charset.forName(m.group(1));
            return declared.equals(StandardCharsets.UTF_8) ? utf8 : decodeStrict(bytes, declared);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return new Decoded.Rejected("invalid-encoding",
                    "not valid UTF-8, and the page declares an unknown charset \"" + m.group(1) + "\"");
        }
    }

    private static Optional<Decoded> refuseEmptyOrBinary(byte[] bytes) {
        if (bytes.length == 0) {
            return Optional.of(new Decoded.Rejected("empty-input", "the file is empty"));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Optional.of(new Decoded.Rejected("binary-input",
                        "the file looks binary (NUL byte at offset " + i + "); give text, HTML or JSON Lines"));
            }
        }
        int sniffed = Math.min(bytes.length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < sniffed; i++) {
            int b = bytes[i] & 0xFF;
            boolean layout = b == '\t' || b == '\n' || b == '\r' || b == '\f';
            if ((b < 0x20 && !layout) || b == 0x7F) {
                controls++;
            }
        }
        if (controls > sniffed * MAX_CONTROL_SHARE) {
            return Optional.of(new Decoded.Rejected("binary-input", String.format(Locale.ROOT,
                    "the file looks binary (%d of its first %d bytes are control characters)", controls, sniffed)));
        }
        return Optional.empty();
    }

    private static Decoded decodeStrict(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
            return new Decoded.Rejected("invalid-encoding", String.format(Locale.ROOT,
                    "not valid %s: bad byte 0x%02X at byte offset %d; convert the file to UTF-8 "
                            + "(for example: iconv -f windows-1252 -t utf-8)",
                    name, bytes[Math.min(offset, bytes.length - 1)] & 0xFF, offset));
        }
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Decoded.Rejected("empty-input", "the file contains only whitespace");
        }
        return new Decoded.Text(text);
    }
}
