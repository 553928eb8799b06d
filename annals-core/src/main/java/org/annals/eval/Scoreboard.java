package org.annals.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.model.Actor;
import org.annals.model.Event;

/**
 * Scores coded events against gold events, record by record.
 *
 * <p>Design note. Only asserted events count as predictions (a negated event says the act did not happen).
 * Within a record, each gold event is paired with at most one predicted event of the same root, preferring one
 * whose actors match; what stays unpaired is a false negative (gold) or a false positive (predicted). The
 * full-code level pairs the same way on the code, where a predicted code that refines the gold one
 * ({@code 1631} for {@code 163}) counts as right. Actor codes match as prefixes: gold {@code USA} accepts
 * {@code USAGOV}; an empty gold actor is not scored. Not thread-safe: one scoreboard per evaluation.
 */
public final class Scoreboard {
    /** Counts at one level: true positives, false positives, false negatives. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private int records;
    private int rootTp;
    private int rootFp;
    private int rootFn;
    private int codeTp;
    private int codeFp;
    private int codeFn;
    private int actorsScored;
    private int actorsRight;
    private int pairsWithCountries;
    private int pairsWithRightCountries;
    /** Rows: gold root 1-20, 0 for none; columns: predicted root 1-20, 0 for none. */
    private final int[][] confusion = new int[21][21];

    /** Adds one record's gold and predicted events. */
    public void add(List<GoldEvent> gold, List<Event> predicted) {
        records++;
        List<Event> asserted = predicted.stream().filter(Event::isAsserted).toList();
        List<Event> unpaired = new ArrayList<>(asserted);
        List<GoldEvent> missed = new ArrayList<>();
        for (GoldEvent g : gold) {
            Event best = null;
            for (Event p : unpaired) {
                if (p.root().equals(g.root()) && (best == null || actorScore(g, p) > actorScore(g, best))) {
                    best = p;
                }
            }
            if (best == null) {
                missed.add(g);
                continue;
            }
            unpaired.remove(best);
            rootTp++;
            count(g.root(), best.root());
            scoreActors(g, best);
        }
        rootFn += missed.size();
        rootFp += unpaired.size();
        missed.forEach(g -> count(g.root(), "00"));
        unpaired.forEach(p -> count("00", p.root()));

        List<Event> codeUnpaired = new ArrayList<>(asserted);
        for (GoldEvent g : gold) {
            Event found = codeUnpaired.stream().filter(p -> p.code().startsWith(g.code())).findFirst().orElse(null);
            if (found == null) {
                codeFn++;
            } else {
                codeUnpaired.remove(found);
                codeTp++;
            }
        }
        codeFp += codeUnpaired.size();
    }

    /** Counts a confusion cell; roots beyond CAMEO's 20 (a PETRARCH test dictionary's 903) are scored but not tabled. */
    private void count(String gold, String predicted) {
        int g = Integer.parseInt(gold);
        int p = Integer.parseInt(predicted);
        if (g <= 20 && p <= 20) {
            confusion[g][p]++;
        }
    }

    private void scoreActors(GoldEvent g, Event p) {
        String source = p.source().code();
        String target = p.target().map(Actor::code).orElse("");
        if (!g.source().isEmpty()) {
            actorsScored++;
            actorsRight += source.startsWith(g.source()) ? 1 : 0;
        }
        if (!g.target().isEmpty()) {
            actorsScored++;
            actorsRight += target.startsWith(g.target()) ? 1 : 0;
        }
        if (g.source().length() >= 3 && g.target().length() >= 3) {
            pairsWithCountries++;
            boolean right = source.startsWith(g.source().substring(0, 3)) && target.startsWith(g.target().substring(0, 3));
            pairsWithRightCountries += right ? 1 : 0;
        }
    }

    private static int actorScore(GoldEvent g, Event p) {
        int score = 0;
        score += !g.source().isEmpty() && p.source().code().startsWith(g.source()) ? 1 : 0;
        score += !g.target().isEmpty() && p.target().map(Actor::code).orElse("").startsWith(g.target()) ? 1 : 0;
        score += p.code().startsWith(g.code()) ? 1 : 0;
        return score;
    }

    public int records() {
        return records;
    }

    public Counts root() {
        return new Counts(rootTp, rootFp, rootFn);
    }

    public Counts code() {
        return new Counts(codeTp, codeFp, codeFn);
    }

    /** Right actors among the labelled actors of root-matched events. */
    public double actorAccuracy() {
        return actorsScored == 0 ? 0 : (double) actorsRight / actorsScored;
    }

    /** Root-matched events whose source and target countries are both right. */
    public double countryPairAccuracy() {
        return pairsWithCountries == 0 ? 0 : (double) pairsWithRightCountries / pairsWithCountries;
    }

    /** How often gold root {@code gold} (0 for none) was coded as {@code predicted} (0 for none). */
    public int confusion(int gold, int predicted) {
        return confusion[gold][predicted];
    }

    /** A table of the non-empty rows of the confusion matrix. */
    public String confusionTable() {
        StringBuilder b = new StringBuilder("gold\\coded");
        for (int p = 0; p <= 20; p++) {
            b.append(String.format(Locale.ROOT, "%4s", p == 0 ? "-" : String.format(Locale.ROOT, "%02d", p)));
        }
        b.append('\n');
        for (int g = 0; g <= 20; g++) {
            int row = 0;
            for (int p = 0; p <= 20; p++) {
                row += confusion[g][p];
            }
            if (row == 0) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "%-10s", g == 0 ? "-" : String.format(Locale.ROOT, "%02d", g)));
            for (int p = 0; p <= 20; p++) {
                b.append(String.format(Locale.ROOT, "%4s", confusion[g][p] == 0 ? "." : String.valueOf(confusion[g][p])));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
