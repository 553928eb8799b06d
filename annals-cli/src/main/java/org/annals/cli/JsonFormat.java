package org.annals.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.annals.events.PloverMapping;
import org.annals.model.Actor;
import org.annals.model.CodedArticle;
import org.annals.model.Diagnostic;
import org.annals.model.Event;
import org.annals.model.Place;
import org.annals.model.Quote;
import org.annals.model.Span;
import org.annals.model.UnknownName;
import org.annals.pipeline.RecordResult;
import org.annals.store.EventCluster;
import org.annals.store.StoredEvent;
import org.annals.store.StoryCluster;
import org.annals.store.StoryMember;

/**
 * The JSON Lines contracts (documented in {@code docs/cli.md}): one object per input record of {@code annals code},
 * one per stored event of {@code annals events} and one per story of {@code annals stories}.
 */
final class JsonFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFormat() {
    }

    static String record(RecordResult result, PloverMapping plover) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", result.id());
        root.put("origin", result.origin());
        Optional<CodedArticle> coded = result.coded();
        coded.ifPresent(c -> {
            root.put("title", c.article().title());
            root.put("date", c.article().date().toString());
            root.put("url", c.article().url());
            root.put("contentHash", c.article().contentHash());
            root.put("language", c.language());
        });
        ArrayNode events = root.putArray("events");
        ArrayNode quotes = root.putArray("quotes");
        ArrayNode actors = root.putArray("actors");
        coded.ifPresent(c -> {
            for (Event e : c.events()) {
                String evidence = c.sentences().get(e.sentence()).text();
                ObjectNode node = eventNode(e, evidence, plover);
                node.put("evidence", evidence);
                events.add(node);
            }
            for (Quote q : c.quotes()) {
                quotes.add(quoteNode(q));
            }
            for (Actor a : c.actors()) {
                actors.add(actorNode(a));
            }
        });
        ArrayNode focus = root.putArray("focus");
        coded.ifPresent(c -> c.focus().forEach(focus::add));
        ArrayNode unknown = root.putArray("unknown");
        coded.ifPresent(c -> c.unknown().forEach(u -> unknown.add(unknownNode(u))));
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : result.diagnostics()) {
            ObjectNode node = diagnostics.addObject();
            node.put("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
            node.put("kind", d.kind());
            node.put("origin", d.origin());
            node.put("position", d.position());
            node.put("message", d.message());
        }
        return root.toString();
    }

    /**
     * A stored event as {@code annals events --format jsonl} prints it: the event, its evidence, the story of its
     * article and its event cluster with GDELT's counts (over the whole cluster).
     */
    static String storedEvent(StoredEvent stored, PloverMapping plover) {
        ObjectNode node = eventNode(stored.event(), stored.evidence(), plover);
        node.put("evidence", stored.evidence());
        node.put("story", stored.story());
        EventCluster cluster = stored.cluster();
        node.put("cluster", cluster.id());
        node.put("numMentions", cluster.mentions());
        node.put("numArticles", cluster.articles());
        node.put("numSources", cluster.sources());
        return node.toString();
    }

    /** A story cluster as {@code annals stories --format jsonl} prints it. */
    static String story(StoryCluster story) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("story", story.id());
        node.put("first", story.first().toString());
        node.put("last", story.last().toString());
        node.put("numArticles", story.articles());
        node.put("numSources", story.sources());
        ArrayNode members = node.putArray("members");
        for (StoryMember member : story.members()) {
            ObjectNode m = members.addObject();
            m.put("contentHash", member.contentHash());
            m.put("id", member.articleId());
            m.put("title", member.title());
            m.put("date", member.date().toString());
            m.put("similarity", Math.round(member.similarity() * 1000) / 1000.0);
            ArrayNode copies = m.putArray("copies");
            for (StoryMember.Copy copy : member.copies()) {
                ObjectNode c = copies.addObject();
                c.put("origin", copy.origin());
                c.put("url", copy.url());
                c.put("publisher", copy.publisher());
            }
        }
        return node.toString();
    }

    private static ObjectNode eventNode(Event e, String evidence, PloverMapping plover) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("article", e.articleId());
        node.set("source", actorNode(e.source()));
        if (e.target().isPresent()) {
            node.set("target", actorNode(e.target().get()));
        } else {
            node.putNull("target");
        }
        node.put("code", e.code());
        node.put("root", e.root());
        node.put("quad", e.quadClass());
        node.put("goldstein", e.goldstein());
        node.put("date", e.date().value());
        node.put("dateBasis", e.date().basis());
        node.put("sentence", e.sentence());
        node.set("span", span(e.span()));
        node.put("trigger", e.trigger());
        node.put("rule", e.rule());
        ArrayNode modality = node.putArray("modality");
        e.modality().forEach(m -> modality.add(m.name().toLowerCase(java.util.Locale.ROOT)));
        plover.of(e, evidence).ifPresent(p -> {
            ObjectNode ploverNode = node.putObject("plover");
            ploverNode.put("type", p.type());
            ploverNode.put("mode", p.mode());
            ArrayNode contexts = ploverNode.putArray("contexts");
            p.contexts().stream().sorted().forEach(contexts::add);
        });
        if (e.location().isPresent()) {
            Place place = e.location().get();
            ObjectNode location = node.putObject("location");
            location.put("name", place.name());
            location.put("country", place.country());
            location.put("lat", place.latitude());
            location.put("lon", place.longitude());
            location.put("geonames", place.geonamesId());
        } else {
            node.putNull("location");
        }
        if (e.deadline().isPresent()) {
            node.put("deadline", e.deadline().get().toString());
        } else {
            node.putNull("deadline");
        }
        if (e.claimant().isPresent()) {
            node.set("claimant", actorNode(e.claimant().get()));
        } else {
            node.putNull("claimant");
        }
        return node;
    }

    private static ObjectNode actorNode(Actor a) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", a.code());
        node.put("text", a.text());
        node.put("name", a.name());
        node.put("entry", a.entryId());
        node.put("reason", a.reason());
        node.put("sentence", a.sentence());
        node.set("span", span(a.span()));
        return node;
    }

    private static ObjectNode unknownNode(UnknownName u) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", u.name());
        node.put("kind", u.kind().name().toLowerCase(java.util.Locale.ROOT));
        node.put("text", u.text());
        if (u.code().isPresent()) {
            node.put("code", u.code().get());
        } else {
            node.putNull("code");
        }
        if (u.entry().isPresent()) {
            node.put("entry", u.entry().get());
        } else {
            node.putNull("entry");
        }
        node.put("reason", u.reason());
        node.put("sentence", u.sentence());
        node.set("span", span(u.span()));
        return node;
    }

    private static ObjectNode quoteNode(Quote q) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("text", q.text());
        node.put("sentence", q.sentence());
        node.set("span", span(q.span()));
        if (q.speaker().isPresent()) {
            ObjectNode speaker = node.putObject("speaker");
            speaker.put("name", q.speaker().get().name());
            speaker.put("code", q.speaker().get().code());
            speaker.put("reason", q.speaker().get().reason());
        } else {
            node.putNull("speaker");
        }
        return node;
    }

    private static ArrayNode span(Span span) {
        ArrayNode array = MAPPER.createArrayNode();
        array.add(span.begin());
        array.add(span.end());
        return array;
    }
}
