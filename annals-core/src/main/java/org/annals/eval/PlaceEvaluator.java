package org.annals.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.geo.PlaceMention;
import org.annals.ingest.ContentHash;
import org.annals.model.Article;
import org.annals.model.Place;
import org.annals.model.Span;
import org.annals.nlp.AnnotationException;
import org.annals.pipeline.ArticleCoder;

/**
 * Scores the place stage on gold places through the real pipeline (NER, actors, {@code PlaceResolver}): each
 * record's text is read as an article of its own, and the place given to the first occurrence of its mention is
 * compared with the gold one ({@code docs/places.md}).
 */
public final class PlaceEvaluator {
    private static final LocalDate DATE = LocalDate.of(2020, 1, 1);

    private final ArticleCoder coder;

    public PlaceEvaluator(ArticleCoder coder) {
        this.coder = coder;
    }

    public PlaceScoreboard evaluate(List<GoldPlace> gold) {
        PlaceScoreboard board = new PlaceScoreboard();
        for (GoldPlace g : gold) {
            board.add(g, placeOf(g));
        }
        return board;
    }

    private Optional<Place> placeOf(GoldPlace g) {
        Article article = new Article(g.id(), "", DATE, g.text(), "", "gold:" + g.id(), ContentHash.of(g.text()));
        List<PlaceMention> places;
        try {
            places = coder.locate(article);
        } catch (AnnotationException e) {
            return Optional.empty();
        }
        int begin = g.text().indexOf(g.mention());
        Span mention = new Span(begin, begin + g.mention().length());
        return places.stream().filter(p -> p.span().overlaps(mention)).map(PlaceMention::place).findFirst();
    }
}
