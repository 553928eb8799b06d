package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Navigation over the dependency edges of one sentence: the questions pattern matchers ask ("the subject
 * of this verb", "the object's possessor"), without each of them looping over edges. Immutable.
 */
public final class SentenceGraph {
    private final AnnotatedSentence sentence;
    private final List<List<Dependency>> children;
    private final List<List<Dependency>> parents;

    public SentenceGraph(AnnotatedSentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        List<List<Dependency>> down = new ArrayList<>(n);
        List<List<Dependency>> up = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            down.add(new ArrayList<>());
            up.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= n || d.governor() >= n) {
                continue;
            }
            up.get(d.dependent()).add(d);
            if (d.governor() != Dependency.ROOT) {
                down.get(d.governor()).add(d);
            }
        }
        this.children = down;
        this.parents = up;
    }

    public AnnotatedSentence sentence() {
        return sentence;
    }

    public Token token(int i) {
        return sentence.token(i);
    }

    public int size() {
        return sentence.tokens().size();
    }

    /** Dependents of {@code head} whose relation is {@code relation} or one of its subtypes ({@code obl} finds {@code obl:with}). */
    public List<Integer> children(int head, String relation) {
        List<Integer> found = new ArrayList<>();
        for (Dependency d : children.get(head)) {
            if (matches(d.relation(), relation)) {
                found.add(d.dependent());
            }
        }
        return found;
    }

    /** All outgoing edges of {@code head}. */
    public List<Dependency> edgesFrom(int head) {
        return children.get(head);
    }

    /** All incoming edges of {@code dependent}. */
    public List<Dependency> edgesTo(int dependent) {
        return parents.get(dependent);
    }

    /** Governors of {@code dependent} over {@code relation} (or a subtype). */
    public List<Integer> governors(int dependent, String relation) {
        List<Integer> found = new ArrayList<>();
        for (Dependency d : parents.get(dependent)) {
            if (d.governor() != Dependency.ROOT && matches(d.relation(), relation)) {
                found.add(d.governor());
            }
        }
        return found;
    }

    /** The first dependent over {@code relation}, or -1. */
    public int child(int head, String relation) {
        List<Integer> found = children(head, relation);
        return found.isEmpty() ? -1 : found.get(0);
    }

    /** True when a dependent of {@code head} over {@code relation} has a lemma accepted by {@code lemma}. */
    public boolean hasChild(int head, String relation, Predicate<String> lemma) {
        for (int c : children(head, relation)) {
            if (lemma.test(token(c).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** The edge from the token's primary governor: the first incoming edge that is not an enhanced extra. */
    public Dependency primaryEdge(int dependent) {
        List<Dependency> in = parents.get(dependent);
        for (Dependency d : in) {
            if (!d.relation().endsWith(":xsubj") && !d.relation().equals("ref") && !d.relation().startsWith("conj")) {
                return d;
            }
        }
        return in.isEmpty() ? new Dependency("root", Dependency.ROOT, dependent) : in.get(0);
    }

    /** Indexes of the tokens in the subtree under {@code head} (following only the given relations, or all when empty), sorted. */
    public List<Integer> subtree(int head, List<String> relations) {
        List<Integer> out = new ArrayList<>();
        collect(head, relations, out, new boolean[size()]);
        out.sort(Integer::compare);
        return out;
    }

    private void collect(int node, List<String> relations, List<Integer> out, boolean[] seen) {
        if (seen[node]) {
            return;
        }
        seen[node] = true;
        out.add(node);
        for (Dependency d : children.get(node)) {
            boolean wanted = relations.isEmpty() || relations.stream().anyMatch(r -> matches(d.relation(), r));
            // Enhanced UD adds edges that are not part of the phrase: controlled subjects, relative-pronoun
            // references and conjuncts (unless conjuncts were asked for by name).
            boolean enhancedExtra = d.relation().endsWith(":xsubj") || d.relation().equals("ref")
                    || d.relation().startsWith("conj") && relations.stream().noneMatch(r -> r.startsWith("conj"));
            if (wanted && !enhancedExtra) {
                collect(d.dependent(), relations, out, seen);
            }
        }
    }

    static boolean matches(String relation, String wanted) {
        return relation.equals(wanted) || relation.startsWith(wanted) && relation.length() > wanted.length()
                && relation.charAt(wanted.length()) == ':';
    }
}
