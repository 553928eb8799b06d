package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest survives a real kill: a second JVM is killed (SIGKILL) in the middle of a batch, then the same
 * command runs again and finishes the work, with every article stored once.
 */
class KillAndResumeIT {
    private static final String[] STORIES = {
        "Colombia expelled two Venezuelan diplomats.", "Washington imposed sanctions on Caracas.",
        "Peru expelled a Bolivian diplomat.", "Russia recognized Nicolás Maduro as president.",
        "Brazil criticized Venezuela.", "Students protested in Bogotá against the government.",
        "Chile recalled its ambassador from Venezuela.", "Mexico praised Uruguay."};

    @Test
    void killedIngest_resumesWithNothingLostOrStoredTwice(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < STORIES.length; i++) {
            Files.writeString(articles.resolve("story-" + i + ".txt"), STORIES[i] + "\n");
        }
        Path db = dir.resolve("annals.duckdb");

        Process child = new ProcessBuilder(javaBinary(), "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--threads", "1", "--date", "2019-02-26", "--db", db.toString(),
                articles.toString()).redirectErrorStream(true).start();
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("== ") && ++seen == 3) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the killed ingest did not end");
        assertEquals(3, seen, "the first run was killed after its third article was printed");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "ingest", "--date", "2019-02-26",
                "--db", db.toString(), articles.toString());
        assertEquals(0, code, err.toString());
        Matcher summary = Pattern.compile("(\\d+) records: (\\d+) coded, \\d+ events, (\\d+) already stored").matcher(err.toString());
        assertTrue(summary.find(), err.toString());
        assertEquals(STORIES.length, Integer.parseInt(summary.group(1)));
        int alreadyStored = Integer.parseInt(summary.group(3));
        assertTrue(alreadyStored >= 2, "what the killed run stored is kept: " + err);
        assertEquals(STORIES.length, Integer.parseInt(summary.group(2)) + alreadyStored, err.toString());
        assertTrue(err.toString().contains(STORIES.length + " articles"), "every article stored once: " + err);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
