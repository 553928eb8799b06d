package org.annals.eval;

import java.util.List;
import org.annals.ingest.ContentHash;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Event;
import org.annals.pipeline.ArticleCoder;

/**
 * Codes labelled texts with the real pipeline and scores the result. Texts are coded in parallel (the coder is
 * thread-safe) and scored in input order, so a run is deterministic.
 */
public final class CodingEvaluator {
    private final ArticleCoder coder;

    public CodingEvaluator(ArticleCoder coder) {
        this.coder = coder;
    }

    /** Scores against gold events. */
    public Scoreboard evaluate(List<GoldRecord> records) {
        List<List<Event>> predicted = records.parallelStream()
                .map(r -> code(r.id(), r.date(), r.text())).toList();
        Scoreboard board = new Scoreboard();
        for (int i = 0; i < records.size(); i++) {
            board.add(records.get(i).events(), predicted.get(i));
        }
        return board;
    }

    /** Scores against root-group labels. */
    public GroupScoreboard evaluateGroups(List<RootGroups.Labelled> sentences) {
        List<List<Event>> predicted = sentences.parallelStream()
                .map(s -> code(s.id(), s.date(), s.text())).toList();
        GroupScoreboard board = new GroupScoreboard();
        for (int i = 0; i < sentences.size(); i++) {
            board.add(sentences.get(i).group(), predicted.get(i));
        }
        return board;
    }

    /** Scores the actors of coded events against labelled source and target mentions. */
    public ActorScoreboard evaluateActors(List<ActorSentence> sentences) {
        List<CodedArticle> predicted = sentences.parallelStream()
                .map(s -> article(s.id(), s.date(), s.text())).toList();
        ActorScoreboard board = new ActorScoreboard();
        for (int i = 0; i < sentences.size(); i++) {
            board.add(sentences.get(i), predicted.get(i).events(), predicted.get(i).actors());
        }
        return board;
    }

    private CodedArticle article(String id, java.time.LocalDate date, String text) {
        return coder.code(new Article(id, "", date, text, "", id, ContentHash.of(text)));
    }

    private List<Event> code(String id, java.time.LocalDate date, String text) {
        return article(id, date, text).events();
    }
}
