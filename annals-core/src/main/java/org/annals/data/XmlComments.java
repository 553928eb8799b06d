package org.annals.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes XML-style comments from the lines of a dictionary file (PETRARCH's and TABARI's files comment out
 * blocks with them, over any number of lines), keeping one line out for each line in, so that problems still
 * name the file's own line numbers.
 */
public final class XmlComments {
    private static final String CLOSER = "-->";

    private XmlComments() {
    }

    /**
     * The lines with everything from {@code opener} ({@code "<!--"}, or {@code "<!"} where a file also writes
     * {@code <!DOCTYPE>}-like lines) to the next {@code -->} removed.
     */
    public static List<String> strip(List<String> lines, String opener) {
        List<String> out = new ArrayList<>(lines.size());
        boolean inComment = false;
        for (String line : lines) {
            if (!inComment && !line.contains(opener)) {
                out.add(line);
                continue;
            }
            StringBuilder kept = new StringBuilder();
            int at = 0;
            while (at < line.length()) {
                if (inComment) {
                    int end = line.indexOf(CLOSER, at);
                    at = end < 0 ? line.length() : end + CLOSER.length();
                    inComment = end < 0;
                } else {
                    int start = line.indexOf(opener, at);
                    if (start < 0) {
                        kept.append(line, at, line.length());
                        at = line.length();
                    } else {
                        kept.append(line, at, start);
                        at = start + opener.length();
                        inComment = true;
                    }
                }
            }
            out.add(kept.toString());
        }
        return out;
    }
}
