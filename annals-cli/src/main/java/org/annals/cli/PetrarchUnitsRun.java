package org.annals.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.annals.actors.ActorRegistry;
import org.annals.actors.RegistryFormatException;
import org.annals.actors.RegistryLoader;
import org.annals.eval.PetrarchUnitEvaluator;
import org.annals.eval.PetrarchUnitRecords;
import org.annals.eval.Scoreboard;
import org.annals.pipeline.ImportedRules;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code annals eval --petrarch-units}: PETRARCH's compatibility run. The unit records are coded with the
 * validation dictionaries of {@code DIR} in place of Annals' own: {@code PETR.Validate.actors.txt} and
 * {@code PETR.Validate.agents.txt} as the whole registry (so the fictional actors resolve and only PETRARCH's role
 * words make sectors), {@code PETR.Validate.verbs.txt} without Annals' patterns, and the discards; and
 * scored record by record and with the {@link Scoreboard}.
 */
final class PetrarchUnitsRun {
    static final String ACTORS = "PETR.Validate.actors.txt";
    static final String VERBS = "PETR.Validate.verbs.txt";
    static final String DISCARDS = "PETR.Validate.discards.txt";
    static final String AGENTS = "PETR.Validate.agents.txt";

    private PetrarchUnitsRun() {
    }

    static void run(CommandSpec spec, CoderOptions coderOptions, Path file, Path dictionaries, boolean showMisses,
                    int every, ObjectNode summary) {
        if (dictionaries == null) {
            throw new ParameterException(spec.commandLine(), "--petrarch-units needs --petrarch-dictionaries DIR (the PETR.Validate.* files)");
        }
        for (String name : List.of(ACTORS, AGENTS, VERBS, DISCARDS)) {
            if (!Files.isRegularFile(dictionaries.resolve(name))) {
                throw new ParameterException(spec.commandLine(), "no " + name + " in " + dictionaries);
            }
        }
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "no unit records at " + file);
        }
        PetrarchUnitRecords.Units units;
        try {
            units = PetrarchUnitRecords.read(file);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<PetrarchUnitRecords.UnitRecord> records = new java.util.ArrayList<>();
        for (int i = 0; i < units.records().size(); i += every) {
            records.add(units.records().get(i));
        }
        ActorRegistry registry;
        try {
            registry = RegistryLoader.loadImportedOnly(List.of(dictionaries.resolve(ACTORS)), List.of(dictionaries.resolve(AGENTS)));
        } catch (RegistryFormatException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ImportedRules rules = PetrarchRuleOptions.load(spec, List.of(dictionaries.resolve(VERBS)), false,
                List.of(dictionaries.resolve(DISCARDS)));
        PetrarchUnitEvaluator.Result result = new PetrarchUnitEvaluator(coderOptions.load(spec, registry, rules)).evaluate(records);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d unit records (%d skipped: %s)%n", records.size(), units.skipped().size(),
                String.join("; ", units.skipped()));
        out.printf(Locale.ROOT, "exactly right: %d of %d (%.3f); of the %d PETRARCH implements: %d (%.3f)%n",
                result.exact(), records.size(), share(result.exact(), records.size()), result.implemented(),
                result.exactImplemented(), share(result.exactImplemented(), result.implemented()));
        Scoreboard board = result.board();
        out.printf(Locale.ROOT, "%-10s %9s %9s %9s %6s %6s %6s%n", "level", "precision", "recall", "F1", "TP", "FP", "FN");
        EvalCommand.row(out, "root", board.root());
        EvalCommand.row(out, "full code", board.code());
        out.printf(Locale.ROOT, "actor accuracy %.3f%n", board.actorAccuracy());
        if (showMisses) {
            for (PetrarchUnitEvaluator.Outcome o : result.outcomes()) {
                if (!o.exact()) {
                    out.printf(Locale.ROOT, "miss %s%s expected %s coded %s%n", o.id(), o.implemented() ? "" : " (not implemented)",
                            o.expected(), o.coded());
                }
            }
        }
        summary.put("data", file.toString());
        summary.put("records", records.size());
        summary.put("exact", result.exact());
        summary.put("exactImplemented", result.exactImplemented());
        summary.put("implemented", result.implemented());
        EvalCommand.putScores(summary, board);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
