package org.annals.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.eval.ActorScoreboard;
import org.annals.eval.ActorSentence;
import org.annals.eval.CodingEvaluator;
import org.annals.eval.GoldPlace;
import org.annals.eval.GoldReader;
import org.annals.eval.GoldRecord;
import org.annals.eval.GroupScoreboard;
import org.annals.eval.PlaceEvaluator;
import org.annals.eval.PlaceScoreboard;
import org.annals.eval.RootGroups;
import org.annals.eval.Scoreboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals eval}: scores the coder against labelled data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score coding against labelled data.",
                "FILE holds gold records, {\"id\",\"date\",\"text\",\"events\":[{\"source\",\"target\",\"code\"}]} a line, "
                        + "or with --conflibert sentences labelled with a CAMEO root group (sentence<TAB>class 0-4), or with "
                        + "--places sentences with the place a name stands for (docs/places.md); --petrarch-units scores "
                        + "PETRARCH's unit records with its validation dictionaries (docs/petrarch.md); --conflibert-actors "
                        + "FILE scores the source and target mentions of coded events against ConfliBERT's cameo_ner spans.",
                "Prints precision, recall and F1, actor accuracy, a confusion table (place accuracy by group for "
                        + "--places, actor shares for --conflibert-actors), and a final JSON line (docs/evaluation.md)."})
final class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The labelled data (not with --petrarch-units).")
    Path gold;

    @Option(names = "--petrarch-units", paramLabel = "FILE",
            description = "Score PETRARCH's unit records (PETR.UnitTest.records.xml) with its validation dictionaries: "
                    + "records coded exactly right, precision and recall (docs/petrarch.md).")
    Path petrarchUnits;

    @Option(names = "--petrarch-dictionaries", paramLabel = "DIR",
            description = "The folder with PETR.Validate.{actors,verbs,discards}.txt, for --petrarch-units.")
    Path petrarchDictionaries;

    @Option(names = "--show-misses", description = "With --petrarch-units, list each record not coded exactly right; "
            + "with --conflibert-actors, each scored event without both countries right.")
    boolean showMisses;

    @Option(names = "--conflibert", description = "FILE is ConfliBERT's cameo_class TSV (root groups, no actors).")
    boolean conflibert;

    @Option(names = "--conflibert-actors", paramLabel = "FILE",
            description = "Score the source and target mentions of asserted events against ConfliBERT's cameo_ner "
                    + "file (CoNLL BIO, tags S source, T target): source, target and both right, sides swapped, target "
                    + "missing, over events in sentences with both spans (docs/evaluation.md).")
    Path conflibertActors;

    @Option(names = "--places", description = "FILE holds gold places (id, group, mention, country, GeoNames id, text; docs/places.md).")
    boolean places;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, defaultValue = "2019-01-01",
            description = "Date to code --conflibert and --conflibert-actors sentences at. Default: ${DEFAULT-VALUE}.")
    LocalDate date;

    @Option(names = "--every", defaultValue = "1", paramLabel = "N", description = "Use every Nth record only. Default: ${DEFAULT-VALUE}.")
    int every;

    // The complement of --every: a development set that never touches the pinned held-out sample.
    @Option(names = "--skip-every", defaultValue = "0", paramLabel = "N",
            description = "Leave out every Nth record (those --every N keeps), e.g. to develop without the held-out "
                    + "sample. Default: none left out.")
    int skipEvery;

    @Mixin
    CoderOptions coderOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (every < 1) {
            throw new ParameterException(spec.commandLine(), "--every must be at least 1, got " + every);
        }
        if (skipEvery < 0 || skipEvery == 1 || skipEvery > 0 && every > 1) {
            throw new ParameterException(spec.commandLine(), "--skip-every must be at least 2 and cannot be used with "
                    + "--every, got " + skipEvery);
        }
        PrintWriter out = spec.commandLine().getOut();
        CodingEvaluator evaluator;
        ObjectNode summary = JSON.createObjectNode();
        if (conflibert && places) {
            throw new ParameterException(spec.commandLine(), "--conflibert and --places cannot be used together");
        }
        if (petrarchUnits != null) {
            if (gold != null || conflibert || places || conflibertActors != null) {
                throw new ParameterException(spec.commandLine(),
                        "--petrarch-units takes no FILE, --conflibert, --conflibert-actors or --places");
            }
            PetrarchUnitsRun.run(spec, coderOptions, petrarchUnits, petrarchDictionaries, showMisses, every, summary);
            out.println(summary);
            out.flush();
            return ExitCodes.OK;
        }
        if (conflibertActors != null) {
            if (gold != null || conflibert || places) {
                throw new ParameterException(spec.commandLine(), "--conflibert-actors takes no FILE, --conflibert or --places");
            }
            try {
                actors(out, summary);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            out.println(summary);
            out.flush();
            return ExitCodes.OK;
        }
        if (gold == null) {
            throw new ParameterException(spec.commandLine(), "FILE is required (or --petrarch-units FILE, --conflibert-actors FILE)");
        }
        try {
            if (places) {
                List<GoldPlace> gold = sample(GoldReader.places(this.gold));
                PlaceScoreboard board = new PlaceEvaluator(coderOptions.load(spec)).evaluate(gold);
                out.print(board.report());
                summary.put("data", this.gold.toString());
                summary.put("records", board.overall().total());
                summary.put("placeAccuracy", round(board.overall().accuracy()));
                board.groups().forEach((group, counts) -> summary.put(group + "Accuracy", round(counts.accuracy())));
                out.println(summary);
                out.flush();
                return ExitCodes.OK;
            }
            if (conflibert) {
                List<RootGroups.Labelled> sentences = sample(GoldReader.conflibertClasses(gold, date));
                evaluator = new CodingEvaluator(coderOptions.load(spec));
                GroupScoreboard board = evaluator.evaluateGroups(sentences);
                out.printf(Locale.ROOT, "%d sentences, %d with a coded event%n", board.sentences(), board.predicted());
                out.printf(Locale.ROOT, "root group: precision %.3f  recall %.3f%n%n", board.precision(), board.recall());
                out.print(board.confusionTable());
                summary.put("data", gold.toString());
                summary.put("sentences", board.sentences());
                summary.put("predicted", board.predicted());
                summary.put("groupPrecision", round(board.precision()));
                summary.put("groupRecall", round(board.recall()));
            } else {
                List<GoldRecord> records = sample(GoldReader.jsonLines(gold));
                evaluator = new CodingEvaluator(coderOptions.load(spec));
                Scoreboard board = evaluator.evaluate(records);
                out.printf(Locale.ROOT, "%d records%n", board.records());
                out.printf(Locale.ROOT, "%-10s %9s %9s %9s %6s %6s %6s%n", "level", "precision", "recall", "F1", "TP", "FP", "FN");
                row(out, "root", board.root());
                row(out, "full code", board.code());
                out.printf(Locale.ROOT, "actor accuracy %.3f, source and target country both right %.3f%n%n",
                        board.actorAccuracy(), board.countryPairAccuracy());
                out.print(board.confusionTable());
                summary.put("data", gold.toString());
                summary.put("records", board.records());
                putScores(summary, board);
                summary.put("actorAccuracy", round(board.actorAccuracy()));
                summary.put("countryPairAccuracy", round(board.countryPairAccuracy()));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        out.println(summary);
        out.flush();
        return ExitCodes.OK;
    }

    private void actors(PrintWriter out, ObjectNode summary) {
        List<ActorSentence> sentences = sample(GoldReader.conflibertActors(conflibertActors, date));
        ActorScoreboard board = new CodingEvaluator(coderOptions.load(spec)).evaluateActors(sentences);
        out.print(board.report());
        if (showMisses) {
            out.printf(Locale.ROOT, "%n%d events without both countries right (+ right, - wrong):%n", board.misses().size());
            board.misses().forEach(m -> out.print(m.describe()));
        }
        summary.put("data", conflibertActors.toString());
        summary.put("sentences", board.sentences());
        summary.put("scoredSentences", board.scored());
        summary.put("codedSentences", board.coded());
        summary.put("events", board.events());
        summary.put("sourceRight", round(board.share(board.sourceRight())));
        summary.put("targetRight", round(board.share(board.targetRight())));
        summary.put("bothRight", round(board.share(board.bothRight())));
        summary.put("swapped", round(board.share(board.swapped())));
        summary.put("targetMissing", round(board.share(board.targetMissing())));
        summary.put("eventsWithTarget", board.withTarget());
        summary.put("targetRightWhenNamed", round(board.shareWithTarget(board.targetRight())));
        summary.put("bothRightWhenNamed", round(board.shareWithTarget(board.bothRight())));
        summary.put("sourceCountryRight", round(board.share(board.sourceCountryRight())));
        summary.put("targetCountryRight", round(board.share(board.targetCountryRight())));
        summary.put("bothCountriesRight", round(board.share(board.bothCountriesRight())));
        summary.put("bothCountriesRightUnknownTarget", board.bothRightUnknownCountry());
        summary.put("allEvents", board.allEvents());
        summary.put("allBothCountriesRight", round(board.shareOfAll(board.allBothCountriesRight())));
    }

    private <T> List<T> sample(List<T> all) {
        List<T> out = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean kept = skipEvery > 0 ? i % skipEvery != 0 : i % every == 0;
            if (kept) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** Precision, recall and F1 at root and full code, for the final JSON line. */
    static void putScores(ObjectNode summary, Scoreboard board) {
        summary.put("rootPrecision", round(board.root().precision()));
        summary.put("rootRecall", round(board.root().recall()));
        summary.put("rootF1", round(board.root().f1()));
        summary.put("codePrecision", round(board.code().precision()));
        summary.put("codeRecall", round(board.code().recall()));
        summary.put("codeF1", round(board.code().f1()));
    }

    static void row(PrintWriter out, String level, Scoreboard.Counts c) {
        out.printf(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f %6d %6d %6d%n", level, c.precision(), c.recall(), c.f1(),
                c.truePositives(), c.falsePositives(), c.falseNegatives());
    }

    static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
