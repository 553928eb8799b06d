package org.annals.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.annals.model.Event;
import org.annals.state.CountryView;
import org.annals.state.Evidence;
import org.annals.state.OrderStanding;
import org.annals.state.Party;
import org.annals.state.Recognition;
import org.annals.state.RelationsChange;
import org.annals.state.Sanction;

/** Prints world-state views for people (text) or programs (JSON), every fact with its evidence. */
final class StateReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<Event, String> sentences;

    StateReport(Map<Event, String> sentences) {
        this.sentences = sentences;
    }

    String text(CountryView view) {
        StringBuilder b = new StringBuilder();
        b.append(view.country()).append(" as of ").append(view.asOf()).append('\n');
        b.append("\nGovernment\n");
        if (view.government().isEmpty()) {
            b.append("  (no claimant on record)\n");
        }
        for (CountryView.Claimant c : view.government()) {
            String offices = c.offices().isEmpty() ? "the government (no title on record)"
                    : String.join(", ", c.offices().stream().map(t -> t.describe() + " ('" + t.title() + "', "
                            + t.articleId() + " s" + t.sentence() + ")").toList());
            b.append("  ").append(c.party()).append(c.holds() ? "  holds " : "  claims ").append(offices)
                    .append(", on record since ").append(c.since())
                    .append(c.evidence().map(e -> "  " + cite(e)).orElse("")).append('\n');
            for (Recognition r : c.stances()) {
                b.append("    ").append(stance(r)).append('\n');
            }
        }
        section(b, "Recognition given", view.recognizes().stream().map(this::stanceWithClaimant).toList());
        section(b, "Relations", view.relations().stream().map(this::relations).toList());
        section(b, "Demands and deadlines", view.demands().stream().map(this::demand).toList());
        section(b, "Sanctions in force", view.sanctions().stream().map(this::sanction).toList());
        section(b, "Standing of orders", view.standings().stream().map(this::standing).toList());
        return b.toString();
    }

    String text(String a, String b, List<RelationsChange> history) {
        StringBuilder out = new StringBuilder(a + "-" + b + " relations\n");
        if (history.isEmpty()) {
            out.append("  no change on record (normal)\n");
        }
        history.forEach(r -> out.append("  ").append(relations(r)).append('\n'));
        return out.toString();
    }

    private static void section(StringBuilder b, String title, List<String> lines) {
        b.append('\n').append(title).append('\n');
        if (lines.isEmpty()) {
            b.append("  (none)\n");
        }
        lines.forEach(l -> b.append("  ").append(l).append('\n'));
    }

    private String stance(Recognition r) {
        return r.recognizer() + " " + r.stance().name().toLowerCase().replace('_', ' ') + " since " + r.since()
                + "  " + cite(r.evidence());
    }

    private String stanceWithClaimant(Recognition r) {
        return r.stance().name().toLowerCase().replace('_', ' ') + " " + r.claimant() + " since " + r.since() + "  "
                + cite(r.evidence());
    }

    private String relations(RelationsChange r) {
        return r.first() + "-" + r.second() + " " + r.status().name().toLowerCase() + " on " + r.date() + " by " + r.actor()
                + (r.contestedBy().isEmpty() ? "" : "; contested by " + names(r.contestedBy())) + "  " + cite(r.evidence());
    }

    private String demand(CountryView.DemandOn d) {
        return d.demand().issuer() + " -> " + d.demand().addressee() + " (" + d.demand().code() + ") issued "
                + d.demand().issued() + d.demand().deadline().map(x -> ", deadline " + x).orElse("") + ": "
                + d.status().name().toLowerCase()
                + d.demand().responses().stream().map(r -> " [" + r.note() + ": " + cite(r) + "]").reduce("", String::concat)
                + "  " + cite(d.demand().evidence());
    }

    private String sanction(Sanction s) {
        return s.imposer() + " on " + s.target() + " since " + s.since().value()
                + s.until().map(u -> " until " + u.value()).orElse("") + "  " + cite(s.evidence());
    }

    private String standing(OrderStanding s) {
        return s.issuer() + "'s " + s.act().event().code() + " of " + s.act().event().date().value() + ": "
                + (s.stands() ? "stands" : "void") + " for " + s.party() + " ("
                + s.because().stance().name().toLowerCase().replace('_', ' ') + " " + s.issuer().name() + ")";
    }

    private String cite(Evidence e) {
        String sentence = sentences.getOrDefault(e.event(), "");
        return "[" + e.cite() + ", confidence " + e.confidence() + (sentence.isEmpty() ? "" : ": \"" + EventTable.cut(sentence, 70) + "\"") + "]";
    }

    private static String names(List<Party> parties) {
        return String.join(", ", parties.stream().map(Party::toString).toList());
    }

    String json(CountryView view) {
        ObjectNode root = JSON.createObjectNode();
        root.put("country", view.country());
        root.put("asOf", view.asOf().toString());
        ArrayNode government = root.putArray("government");
        for (CountryView.Claimant c : view.government()) {
            ObjectNode node = government.addObject();
            node.set("claimant", party(c.party()));
            node.put("holds", c.holds());
            node.put("since", c.since().toString());
            if (c.evidence().isPresent()) {
                node.set("evidence", evidence(c.evidence().get()));
            } else {
                node.putNull("evidence");
            }
            ArrayNode offices = node.putArray("offices");
            for (var t : c.offices()) {
                ObjectNode office = offices.addObject();
                office.put("office", t.office().name().toLowerCase());
                office.put("holds", t.holds());
                office.put("title", t.title());
                office.put("since", t.since().toString());
                office.put("article", t.articleId());
                office.put("sentence", t.sentence());
            }
            ArrayNode stances = node.putArray("stances");
            c.stances().forEach(r -> stances.add(recognition(r)));
        }
        ArrayNode given = root.putArray("recognizes");
        view.recognizes().forEach(r -> given.add(recognition(r)));
        ArrayNode relations = root.putArray("relations");
        view.relations().forEach(r -> relations.add(relations(r, JSON.createObjectNode())));
        ArrayNode demands = root.putArray("demands");
        for (CountryView.DemandOn d : view.demands()) {
            ObjectNode node = demands.addObject();
            node.set("issuer", party(d.demand().issuer()));
            node.set("addressee", party(d.demand().addressee()));
            node.put("code", d.demand().code());
            node.put("issued", d.demand().issued().toString());
            node.put("deadline", d.demand().deadline().map(Object::toString).orElse(null));
            node.put("status", d.status().name().toLowerCase());
            ArrayNode responses = node.putArray("responses");
            d.demand().responses().forEach(r -> responses.add(evidence(r)));
            node.set("evidence", evidence(d.demand().evidence()));
        }
        ArrayNode sanctions = root.putArray("sanctions");
        for (Sanction s : view.sanctions()) {
            ObjectNode node = sanctions.addObject();
            node.set("imposer", party(s.imposer()));
            node.set("target", party(s.target()));
            node.put("since", s.since().value());
            node.put("until", s.until().map(u -> u.value()).orElse(null));
            node.set("evidence", evidence(s.evidence()));
        }
        ArrayNode standings = root.putArray("standings");
        for (OrderStanding s : view.standings()) {
            ObjectNode node = standings.addObject();
            node.set("issuer", party(s.issuer()));
            node.set("party", party(s.party()));
            node.put("stands", s.stands());
            node.set("act", evidence(s.act()));
            node.set("because", recognition(s.because()));
        }
        return write(root);
    }

    String json(String a, String b, List<RelationsChange> history) {
        ObjectNode root = JSON.createObjectNode();
        root.put("dyad", a + "-" + b);
        ArrayNode changes = root.putArray("history");
        history.forEach(r -> changes.add(relations(r, JSON.createObjectNode())));
        return write(root);
    }

    private ObjectNode relations(RelationsChange r, ObjectNode node) {
        node.put("first", r.first());
        node.put("second", r.second());
        node.put("status", r.status().name().toLowerCase());
        node.put("date", r.date().toString());
        node.set("actor", party(r.actor()));
        ArrayNode contested = node.putArray("contestedBy");
        r.contestedBy().forEach(p -> contested.add(party(p)));
        node.set("evidence", evidence(r.evidence()));
        return node;
    }

    private ObjectNode recognition(Recognition r) {
        ObjectNode node = JSON.createObjectNode();
        node.set("recognizer", party(r.recognizer()));
        node.set("claimant", party(r.claimant()));
        node.put("stance", r.stance().name().toLowerCase());
        node.put("since", r.since().toString());
        node.set("evidence", evidence(r.evidence()));
        return node;
    }

    private static ObjectNode party(Party p) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", p.id());
        node.put("country", p.country());
        node.put("name", p.name());
        return node;
    }

    private ObjectNode evidence(Evidence e) {
        ObjectNode node = JSON.createObjectNode();
        node.put("article", e.event().articleId());
        node.put("sentence", e.event().sentence());
        node.put("code", e.event().code());
        node.put("rule", e.event().rule());
        node.put("negated", e.event().isNegated());
        node.put("confidence", e.confidence());
        node.put("note", e.note());
        node.put("text", sentences.getOrDefault(e.event(), ""));
        return node;
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
