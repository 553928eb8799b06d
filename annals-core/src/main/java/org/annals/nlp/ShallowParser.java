package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rule-based shallow parse: noun chunks and verb groups from the parts of speech, joined by the nearest
 * plausible attachment, written as the same Universal Dependencies relations CoreNLP's parser gives
 * ({@code nsubj}, {@code obj}, {@code obl:against}, {@code nmod:of}, {@code xcomp}, {@code ccomp}, {@code conj:and},
 * {@code advcl}, {@code acl:relcl}, {@code appos}...), so the actor and event stages run on it unchanged.
 *
 * <p>Design note. The fast pipeline's dependency parse. The neural parser is more than half of the default
 * pipeline's time and no faster parser ships with CoreNLP; TABARI coded events from a shallow parse of this kind
 * at a fraction of the cost. It is right on the short declarative clauses that carry most news events
 * ("Venezuela expelled the Colombian ambassador on Monday", "Maduro ordered US diplomats to leave") and wrong
 * more often on long sentences (attachments of prepositional phrases, clauses without a marker); its accuracy
 * cost is measured against the default pipeline in {@code docs/benchmarks.md}. Deterministic, allocation-light,
 * a few microseconds a sentence; stateless and thread-safe.
 */
public final class ShallowParser {
    private static final Set<String> SUBORDINATORS = Set.of("if", "unless", "because", "when", "while", "although",
            "though", "after", "before", "since", "as", "once", "until", "whereas");
    private static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether");
    private static final Set<String> SPEECH = Set.of("say", "tell", "claim", "believe", "think", "insist", "argue",
            "warn", "report", "announce", "add", "note", "state", "allege", "deny", "confirm", "know", "write",
            "declare", "acknowledge", "suggest", "predict", "fear", "hope", "expect");
    private static final Set<String> TIME_NOUNS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight", "week", "month", "year", "weekend",
            "morning", "evening", "night", "afternoon", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final Set<String> PASSIVE_AUX = Set.of("be", "get");

    private ShallowParser() {
    }

    /** A noun chunk [begin, end) and its head; a verb group [begin, end) and its main verb. */
    private record Unit(boolean noun, int begin, int end, int head) {
    }

    /** The dependency edges of one sentence, in the form CoreNLP's annotator gives them (one root). */
    public static List<Dependency> parse(List<Token> tokens) {
        return new Run(tokens).parse();
    }

    /** One sentence being parsed. */
    private static final class Run {
        private final List<Token> tokens;
        private final int[] governor;
        private final String[] relation;
        private final List<Dependency> extra = new ArrayList<>();
        private final List<Unit> units = new ArrayList<>();
        private final int[] unitOf;

        Run(List<Token> tokens) {
            this.tokens = tokens;
            this.governor = new int[tokens.size()];
            this.relation = new String[tokens.size()];
            this.unitOf = new int[tokens.size()];
            java.util.Arrays.fill(governor, -2);
            java.util.Arrays.fill(unitOf, -1);
        }

        List<Dependency> parse() {
            chunk();
            int root = clauses();
            attachNouns();
            distantSubjects();
            List<Dependency> out = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (governor[i] >= 0) {
                    out.add(new Dependency(relation[i], governor[i], i));
                } else if (i == root) {
                    out.add(new Dependency("root", Dependency.ROOT, i));
                }
            }
            out.addAll(extra);
            return out;
        }

        private String tag(int i) {
            return tokens.get(i).tag();
        }

        private String lemma(int i) {
            return tokens.get(i).lemma();
        }

        private void link(int dependent, String rel, int head) {
            if (dependent != head && head >= 0) {
                governor[dependent] = head;
                relation[dependent] = rel;
            }
        }

        // ---- chunks and verb groups ----

        private void chunk() {
            int i = 0;
            while (i < tokens.size()) {
                int quantifier = quantifier(i);
                if (quantifier > 0) {
                    // "at least 23 civilians", "more than 500 civilians": the words belong to the number's noun.
                    int begin = i;
                    i = nounChunk(i + quantifier);
                    Unit chunk = units.get(unitOf[i - 1]);
                    for (int k = begin; k < begin + quantifier; k++) {
                        link(k, "advmod", chunk.head());
                        unitOf[k] = unitOf[i - 1];
                    }
                    units.set(unitOf[i - 1], new Unit(true, begin, chunk.end(), chunk.head()));
                } else if (startsNoun(i)) {
                    i = nounChunk(i);
                } else if (isVerbal(i)) {
                    i = verbGroup(i);
                } else {
                    i++;
                }
            }
        }

        /** The length of a quantifier before a number ("at least", "more than", "up to"), or 0. */
        private int quantifier(int i) {
            if (i + 2 >= tokens.size() || !tag(i + 2).equals("CD")) {
                return 0;
            }
            String first = tokens.get(i).word().toLowerCase(Locale.ROOT);
            String second = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
            boolean known = first.equals("at") && (second.equals("least") || second.equals("most"))
                    || (first.equals("more") || first.equals("less") || first.equals("fewer")) && second.equals("than")
                    || first.equals("up") && second.equals("to");
            return known ? 2 : 0;
        }

        private boolean startsNoun(int i) {
            String t = tag(i);
            return t.startsWith("NN") || t.equals("PRP") || t.equals("PRP$") || t.equals("DT") || t.equals("PDT")
                    || t.startsWith("JJ") || t.equals("CD") || t.equals("WP") || t.equals("WDT") || t.equals("EX")
                    || t.equals("WP$");
        }

        private boolean continuesNoun(int i) {
            String t = tag(i);
            return t.startsWith("NN") || t.startsWith("JJ") || t.equals("CD")
                    || (t.equals("VBN") || t.equals("VBG")) && i + 1 < tokens.size() && tag(i + 1).startsWith("NN")
                    && i > 0 && (tag(i - 1).equals("DT") || tag(i - 1).startsWith("JJ") || tag(i - 1).equals("PRP$"));
        }

        private int nounChunk(int begin) {
            int end = begin + 1;
            boolean closed = tag(begin).equals("PRP") || tag(begin).startsWith("W") || tag(begin).equals("EX");
            if (!closed) {
                while (end < tokens.size() && continuesNoun(end)) {
                    end++;
                }
            }
            int head = end - 1;
            for (int k = end - 1; k >= begin; k--) {
                if (tag(k).startsWith("NN") || tag(k).equals("PRP") || tag(k).equals("CD")) {
                    head = k;
                    break;
                }
            }
            for (int k = begin; k < end; k++) {
                if (k != head) {
                    link(k, modifier(k), head);
                }
            }
            addUnit(new Unit(true, begin, end, head));
            if (end < tokens.size() && tag(end).equals("POS")) {
                // "Maduro's government": the possessor hangs from the next chunk's head, found when that chunk is made.
                link(end, "case", head);
                int next = end + 1;
                if (next < tokens.size() && startsNoun(next)) {
                    int after = nounChunk(next);
                    link(head, "nmod:poss", units.get(units.size() - 1).head());
                    return after;
                }
                return next;
            }
            return end;
        }

        private String modifier(int k) {
            String t = tag(k);
            if (t.equals("DT") || t.equals("PDT")) {
                return "det";
            }
            if (t.equals("PRP$") || t.equals("WP$")) {
                return "nmod:poss";
            }
            if (t.equals("CD")) {
                return "nummod";
            }
            if (t.startsWith("NN")) {
                return "compound";
            }
            return "amod";
        }

        private boolean isVerbal(int i) {
            return tag(i).startsWith("VB") || tag(i).equals("MD");
        }

        private int verbGroup(int begin) {
            int end = begin;
            int main = -1;
            while (end < tokens.size()) {
                String t = tag(end);
                if (t.startsWith("VB") || t.equals("MD")) {
                    main = end;
                    end++;
                } else if (t.equals("RB") && end + 1 < tokens.size() && (isVerbal(end + 1) || tag(end + 1).equals("RB"))) {
                    end++;
                } else {
                    break;
                }
            }
            if (main < 0 || !tag(main).startsWith("VB")) {
                // A modal alone ("she will") is left without a group.
                return Math.max(end, begin + 1);
            }
            boolean passive = tag(main).equals("VBN");
            int lastAux = -1;
            for (int k = begin; k < main; k++) {
                if (isVerbal(k)) {
                    lastAux = k;
                }
            }
            for (int k = begin; k < end; k++) {
                if (k == main) {
                    continue;
                }
                if (isVerbal(k)) {
                    link(k, k == lastAux && passive && PASSIVE_AUX.contains(lemma(k)) ? "aux:pass" : "aux", main);
                } else {
                    link(k, "advmod", main);
                }
            }
            // an adverb after the group ("did not", "will never") was taken above; one just after the verb modifies it
            if (end < tokens.size() && tag(end).equals("RB") && !(end + 1 < tokens.size() && tag(end + 1).startsWith("JJ"))) {
                link(end, "advmod", main);
            }
            if (end < tokens.size() && tag(end).equals("RP")) {
                link(end, "compound:prt", main);
            }
            addUnit(new Unit(false, begin, end, main));
            return end;
        }

        private void addUnit(Unit unit) {
            for (int k = unit.begin(); k < unit.end(); k++) {
                unitOf[k] = units.size();
            }
            units.add(unit);
        }

        private boolean passive(Unit verb) {
            for (int k = verb.begin(); k < verb.head(); k++) {
                if ("aux:pass".equals(relation[k])) {
                    return true;
                }
            }
            return false;
        }

        // ---- clauses: how each verb group hangs from the others ----

        /** The index of the unit just before {@code token}, or -1. */
        private int unitBefore(int token) {
            for (int k = token - 1; k >= 0; k--) {
                if (unitOf[k] >= 0) {
                    return unitOf[k];
                }
            }
            return -1;
        }

        private int clauses() {
            int root = -1;
            int previous = -1;
            List<Integer> pendingAdverbial = new ArrayList<>();
            for (Unit verb : units) {
                if (verb.noun()) {
                    continue;
                }
                int v = verb.head();
                int start = verb.begin();
                // its subject chunk, if one stands right before it
                int before = unitBefore(start);
                boolean hasSubject = before >= 0 && units.get(before).noun() && units.get(before).end() == start;
                int opener = (hasSubject ? units.get(before).begin() : start) - 1;
                String openerWord = opener >= 0 ? tokens.get(opener).word().toLowerCase(Locale.ROOT) : "";
                String openerTag = opener >= 0 ? tag(opener) : "";
                if (!hasSubject && opener >= 0 && openerTag.equals("TO") && previous >= 0) {
                    link(opener, "mark", v);
                    controlled(verb, previous, v);
                } else if (hasSubject && isWh(units.get(before).head()) && relativeAntecedent(before) >= 0) {
                    link(v, "acl:relcl", units.get(relativeAntecedent(before)).head());
                } else if (!hasSubject && tag(v).equals("VBG") && verb.begin() == v && openerTag.equals(",") && previous >= 0) {
                    // "carried out air strikes in Mosul, killing dozens": the participle says more of the main clause.
                    link(v, "advcl", clauseHead(previous));
                } else if (!hasSubject && tag(v).equals("VBG") && verb.begin() == v && opener < 0) {
                    pendingAdverbial.add(v);
                } else if (!hasSubject && (tag(v).equals("VBG") || tag(v).equals("VBN")) && verb.begin() == v
                        && before >= 0 && units.get(before).noun() && !openerTag.equals("IN") && !openerTag.equals("CC")) {
                    link(v, "acl", units.get(before).head());
                } else if (opener >= 0 && openerTag.equals("IN") && COMPLEMENTIZERS.contains(openerWord) && previous >= 0) {
                    link(opener, "mark", v);
                    link(v, "ccomp", previous);
                } else if (opener >= 0 && (openerTag.equals("IN") || openerTag.equals("WRB")) && SUBORDINATORS.contains(openerWord)) {
                    link(opener, "mark", v);
                    if (previous >= 0 && !tag(v).equals("VBG")) {
                        link(v, "advcl", previous);
                    } else if (previous >= 0) {
                        link(v, "advcl:" + openerWord, previous);
                    } else {
                        pendingAdverbial.add(v);
                    }
                } else if (!hasSubject && tag(v).equals("VBG") && openerTag.equals("IN") && previous >= 0) {
                    link(opener, "mark", v);
                    link(v, "advcl:" + openerWord, previous);
                } else if (previous >= 0 && (openerTag.equals("CC") || openerTag.equals(",")) && !pendingAdverbial.contains(previous)
                        && !(openerTag.equals(",") && !hasSubject && modifiesNoun(previous))) {
                    if (hasSubject && SPEECH.contains(lemma(v)) && openerTag.equals(",")) {
                        // "Venezuela attacked Colombia, Brazil said": the speech verb is said of the clause before.
                        link(v, "parataxis", previous);
                    } else {
                        // A coordinated clause with its own subject joins the clause before at its head ("ordered them
                        // to leave, and Pompeo said"), not the last verb of that clause's complements.
                        int head = hasSubject ? clauseHead(previous) : previous;
                        link(v, openerTag.equals("CC") ? "conj:" + openerWord : "conj", head);
                        if (openerTag.equals("CC")) {
                            link(opener, "cc", v);
                        }
                    }
                } else if (previous >= 0 && hasSubject && SPEECH.contains(lemma(previous)) && governor[previous] != v) {
                    link(v, "ccomp", previous);
                } else if (root < 0) {
                    root = v;
                    for (int adverbial : pendingAdverbial) {
                        link(adverbial, "advcl", v);
                    }
                    pendingAdverbial.clear();
                } else {
                    link(v, "parataxis", root);
                }
                previous = v;
            }
            if (root < 0) {
                root = pendingAdverbial.isEmpty() ? firstNounHead() : pendingAdverbial.get(0);
            }
            return root;
        }

        /** Whether a verb heads a clause that modifies a noun ("who leads the assembly", "a merchant protesting"). */
        private boolean modifiesNoun(int verb) {
            return verb >= 0 && relation[verb] != null && relation[verb].startsWith("acl");
        }

        private int clauseHead(int verb) {
            int head = verb;
            while (governor[head] >= 0 && ("xcomp".equals(relation[head]) || "ccomp".equals(relation[head]))) {
                head = governor[head];
            }
            return head;
        }

        /** "refused to comply" is xcomp; "ordered diplomats to leave" too when the verb takes an object; "the authority to expel" hangs from the noun. */
        private void controlled(Unit verb, int previous, int v) {
            int toToken = verb.begin() - 1;
            int before = unitBefore(toToken);
            if (before >= 0 && units.get(before).noun() && units.get(before).end() == toToken
                    && unitBefore(units.get(before).begin()) >= 0
                    && units.get(unitBefore(units.get(before).begin())).head() != previous) {
                link(v, "acl", units.get(before).head());
                return;
            }
            link(v, "xcomp", previous);
        }

        private boolean isWh(int token) {
            return tag(token).startsWith("W") || tag(token).equals("IN") && lemma(token).equals("that");
        }

        /** The noun a relative pronoun refers back to ("Guaidó, who leads the assembly"), or -1. */
        private int relativeAntecedent(int whUnit) {
            int k = units.get(whUnit).begin() - 1;
            if (k >= 0 && tag(k).equals(",")) {
                k--;
            }
            if (k < 0 || unitOf[k] < 0 || !units.get(unitOf[k]).noun()) {
                return -1;
            }
            return unitOf[k];
        }

        private int firstNounHead() {
            for (Unit u : units) {
                if (u.noun()) {
                    return u.head();
                }
            }
            return tokens.isEmpty() ? -1 : 0;
        }

        // ---- noun chunks: subject, object, prepositional phrases, apposition, coordination ----

        private void attachNouns() {
            for (int u = 0; u < units.size(); u++) {
                Unit chunk = units.get(u);
                int head = chunk.head();
                if (!chunk.noun() || governor[head] >= 0) {
                    continue;
                }
                int p = chunk.begin() - 1;
                String pTag = p >= 0 ? tag(p) : "";
                String pWord = p >= 0 ? tokens.get(p).word().toLowerCase(Locale.ROOT) : "";
                int next = chunk.end() < tokens.size() ? unitOf[chunk.end()] : -1;
                boolean subjectOfNext = next >= 0 && !units.get(next).noun() && units.get(next).begin() == chunk.end();
                if (subjectOfNext && !(pTag.equals("IN") && !SUBORDINATORS.contains(pWord) && !COMPLEMENTIZERS.contains(pWord))) {
                    Unit verb = units.get(next);
                    link(head, passive(verb) ? "nsubj:pass" : "nsubj", verb.head());
                    continue;
                }
                if ((pTag.equals("IN") || pTag.equals("TO")) && !SUBORDINATORS.contains(pWord)) {
                    link(p, "case", head);
                    preposition(chunk, p, pWord);
                    continue;
                }
                if (pTag.equals("CC") && p > 0 && unitOf[p - 1] >= 0 && units.get(unitOf[p - 1]).noun()) {
                    coordinate(units.get(unitOf[p - 1]).head(), head, p, pWord);
                    continue;
                }
                if (pTag.equals(",") && appositive(chunk, p)) {
                    continue;
                }
                int verb = verbBefore(chunk.begin());
                if (verb >= 0) {
                    object(head, verb);
                } else {
                    int after = verbAfter(chunk.end());
                    if (after >= 0 && !hasChild(after, "nsubj") && !modifiesNoun(after)) {
                        link(head, TIME_NOUNS.contains(lemma(head)) ? "obl:tmod" : "nsubj", after);
                    }
                }
            }
        }

        /**
         * A main verb still without a subject takes the nearest free noun before it, over a relative clause or an
         * apposition between them ("Guaidó, who leads the assembly, declared"), never across another main clause.
         */
        private void distantSubjects() {
            for (Unit verb : units) {
                int v = verb.head();
                if (verb.noun() || hasChild(v, "nsubj") || !isMainClause(v)) {
                    continue;
                }
                for (int k = verb.begin() - 1; k >= 0; k--) {
                    if (unitOf[k] < 0) {
                        continue;
                    }
                    Unit unit = units.get(unitOf[k]);
                    if (!unit.noun() && isMainClause(unit.head())) {
                        break;
                    }
                    if (unit.noun() && governor[unit.head()] < 0 && unit.head() != v
                            && !TIME_NOUNS.contains(lemma(unit.head()))) {
                        link(unit.head(), passive(verb) ? "nsubj:pass" : "nsubj", v);
                        break;
                    }
                }
            }
        }

        private boolean isMainClause(int verb) {
            String rel = relation[verb];
            return rel == null || rel.startsWith("conj") || rel.equals("ccomp") || rel.equals("parataxis")
                    || rel.equals("advcl");
        }

        private void preposition(Unit chunk, int p, String word) {
            String marker = word.replace(' ', '_');
            int before = unitBefore(p);
            Unit previous = before >= 0 ? units.get(before) : null;
            if (previous != null && previous.noun() && previous.end() == p && (marker.equals("of") || !isClauseArgument(previous))) {
                link(chunk.head(), "nmod:" + marker, previous.head());
                return;
            }
            int verb = verbBefore(chunk.begin());
            if (verb < 0) {
                verb = verbAfter(chunk.end());
            }
            if (verb < 0) {
                if (previous != null && previous.noun()) {
                    link(chunk.head(), "nmod:" + marker, previous.head());
                }
                return;
            }
            boolean agent = marker.equals("by") && passive(units.get(unitOf[verb]));
            link(chunk.head(), agent ? "obl:agent" : "obl:" + marker, verb);
        }

        /** Whether a chunk is the subject or object of a verb (then a phrase after it is the verb's, not the noun's). */
        private boolean isClauseArgument(Unit chunk) {
            String rel = relation[chunk.head()];
            return rel != null && (rel.startsWith("nsubj") || rel.equals("obj") || rel.equals("iobj"));
        }

        private void coordinate(int first, int second, int cc, String word) {
            link(second, "conj:" + word, first);
            link(cc, "cc", second);
            if (governor[first] >= 0) {
                // Enhanced UD gives the conjunct its own edge to the shared head: one event per pair.
                extra.add(new Dependency(relation[first], governor[first], second));
            }
        }

        /** "Juan Guaidó, the head of the National Assembly, declared": the second chunk renames the first. */
        private boolean appositive(Unit chunk, int comma) {
            int before = unitBefore(comma);
            if (before < 0 || !units.get(before).noun() || units.get(before).end() != comma) {
                return false;
            }
            int end = chunk.end();
            while (end < tokens.size() && unitOf[end] >= 0 && units.get(unitOf[end]).noun()) {
                end = units.get(unitOf[end]).end();
            }
            for (int k = chunk.end(); k < tokens.size(); k++) {
                if (tag(k).equals(",")) {
                    link(chunk.head(), "appos", units.get(before).head());
                    return true;
                }
                if (unitOf[k] >= 0 && !units.get(unitOf[k]).noun()) {
                    return false;
                }
            }
            return false;
        }

        private void object(int head, int verb) {
            if (TIME_NOUNS.contains(lemma(head))) {
                link(head, "obl:tmod", verb);
                return;
            }
            int existing = childOf(verb, "obj");
            if (existing < 0) {
                link(head, "obj", verb);
            } else if (unitOf[existing] >= 0 && units.get(unitOf[existing]).end() == units.get(unitOf[head]).begin()) {
                link(existing, "iobj", verb);
                link(head, "obj", verb);
            } else {
                link(head, "obl:npmod", verb);
            }
        }

        /** The main verb of the nearest verb group before {@code token} in the same clause, or -1. */
        private int verbBefore(int token) {
            for (int k = token - 1; k >= 0; k--) {
                if (tag(k).equals(";") || tag(k).equals(":")) {
                    return -1;
                }
                if (unitOf[k] >= 0 && !units.get(unitOf[k]).noun()) {
                    return units.get(unitOf[k]).head();
                }
            }
            return -1;
        }

        private int verbAfter(int token) {
            for (int k = token; k < tokens.size(); k++) {
                if (unitOf[k] >= 0 && !units.get(unitOf[k]).noun()) {
                    return units.get(unitOf[k]).head();
                }
            }
            return -1;
        }

        private int childOf(int head, String rel) {
            for (int k = 0; k < tokens.size(); k++) {
                if (governor[k] == head && rel.equals(relation[k])) {
                    return k;
                }
            }
            return -1;
        }

        private boolean hasChild(int head, String rel) {
            for (int k = 0; k < tokens.size(); k++) {
                if (governor[k] == head && relation[k] != null && relation[k].startsWith(rel)) {
                    return true;
                }
            }
            return false;
        }
    }
}
