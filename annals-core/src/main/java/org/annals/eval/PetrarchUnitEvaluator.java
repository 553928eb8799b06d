package org.annals.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.annals.model.Article;
import org.annals.model.Event;
import org.annals.ingest.ContentHash;
import org.annals.pipeline.ArticleCoder;

/**
 * Scores a coder on PETRARCH's unit records ({@link PetrarchUnitRecords}): how many records are coded exactly right,
 * and the {@link Scoreboard} at root and full code.
 *
 * <p>Design note. A record is exactly right when the set of its asserted events, as {@code source target code}
 * triples, equals the expected set, codes and actor codes compared whole (PETRARCH's own test). As PETRARCH
 * codes only dyads by default ({@code require_dyad}), an event without a target is not a prediction here. Records
 * are coded in parallel and scored in input order, so a run is deterministic.
 */
public final class PetrarchUnitEvaluator {
    private final ArticleCoder coder;

    public PetrarchUnitEvaluator(ArticleCoder coder) {
        this.coder = coder;
    }

    /** One record's outcome: the expected and the coded triples. */
    public record Outcome(String id, String category, boolean implemented, List<String> expected, List<String> coded) {
        public Outcome {
            expected = List.copyOf(expected);
            coded = List.copyOf(coded);
        }

        public boolean exact() {
            return Set.copyOf(expected).equals(Set.copyOf(coded));
        }
    }

    /** The scores of one run. */
    public record Result(Scoreboard board, List<Outcome> outcomes) {
        public Result {
            outcomes = List.copyOf(outcomes);
        }

        public long exact() {
            return outcomes.stream().filter(Outcome::exact).count();
        }

        /** Exactly right among the records PETRARCH itself implements ({@code sentence="true"}). */
        public long exactImplemented() {
            return outcomes.stream().filter(o -> o.implemented() && o.exact()).count();
        }

        public long implemented() {
            return outcomes.stream().filter(Outcome::implemented).count();
        }
    }

    public Result evaluate(List<PetrarchUnitRecords.UnitRecord> records) {
        List<List<Event>> predicted = records.parallelStream().map(r -> code(r.record())).toList();
        Scoreboard board = new Scoreboard();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            PetrarchUnitRecords.UnitRecord r = records.get(i);
            List<Event> dyads = predicted.get(i).stream().filter(e -> e.target().isPresent()).toList();
            board.add(r.record().events(), dyads);
            List<String> expected = r.record().events().stream()
                    .map(g -> g.source() + " " + g.target() + " " + g.code()).distinct().toList();
            Set<String> coded = new LinkedHashSet<>();
            for (Event e : dyads) {
                if (e.isAsserted()) {
                    coded.add(e.source().code() + " " + e.target().orElseThrow().code() + " " + e.code());
                }
            }
            outcomes.add(new Outcome(r.record().id(), r.category(), r.implemented(), expected, List.copyOf(coded)));
        }
        return new Result(board, outcomes);
    }

    private List<Event> code(GoldRecord r) {
        Article article = new Article(r.id(), "", r.date(), r.text(), "", r.id(), ContentHash.of(r.text()));
        return coder.code(article).events();
    }
}
