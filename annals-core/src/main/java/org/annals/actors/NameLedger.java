package org.annals.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.Actor;
import org.annals.model.Span;
import org.annals.model.UnknownName;

/**
 * The names of one document that the registry could not code: each mention is recorded as an
 * {@link UnknownName}, and later, shorter mentions are tied to the full name first written ("Ibarra" to
 * "Gladys Ibarra", "the Post" to "Washington Post"). One per document; not thread-safe.
 */
final class NameLedger {
    private final List<UnknownName> names = new ArrayList<>();
    /** Uncoded persons by normalised surname: the full name to carry to a later surname alone. */
    private final Map<String, String> uncodedPersons = new HashMap<>();
    /** Unknown organisations, in order of first mention. */
    private final List<Organization> organizations = new ArrayList<>();

    /**
     * An organisation seen in the document: its full name, the actor of its first coded mention, if any, and
     * whether the registry lists it.
     */
    private record Organization(String name, String key, Optional<Actor> actor, boolean listed) {
    }

    /** An organisation the registry lists, remembered so that a later, shorter mention ("the Post") is it too. */
    void listedOrganization(String name, Actor actor) {
        organizations.add(new Organization(name, Names.normalize(name), Optional.of(actor), true));
    }

    /**
     * A person coded from the text alone: not in the registry (the actor's entry id is {@code text:}), or in it
     * with no code for the day ({@code stale}, the entry's id).
     */
    void codedPerson(Actor actor, Optional<String> stale) {
        String reason = stale.map(id -> "listed as " + id + " with no code that day; ").orElse("") + actor.reason();
        names.add(new UnknownName(actor.name(), UnknownName.Kind.PERSON, actor.text(), Optional.of(actor.code()), stale,
                reason, actor.sentence(), actor.span()));
    }

    /**
     * A person the text gives no code; a bare surname after a full name is recorded under the full name.
     *
     * @param stale the id of the registry entry that lists the name with no code for the day, if one does
     */
    void uncodedPerson(String name, String surname, Optional<String> stale, String text, int sentence, Span span) {
        String key = Names.normalize(surname);
        String full = uncodedPersons.get(key);
        if (full == null || name.length() > full.length()) {
            uncodedPersons.put(key, name);
            full = name;
        }
        String why = stale.map(id -> "listed as " + id + " with no code that day").orElse("not in the registry");
        String reason = full.equals(name)
                ? why + ", and no title, country or role in the text"
                : why + "; same person as '" + full + "', who has no code either";
        names.add(new UnknownName(full, UnknownName.Kind.PERSON, text, Optional.empty(), stale, reason, sentence, span));
    }

    /**
     * An organisation the registry does not list. A coded mention becomes a text-coded actor (its entry id
     * {@code text:} and the organisation's name); an uncoded one takes the code of an earlier mention of the same
     * organisation, if it had one.
     *
     * @param name   the organisation's name as written in this mention
     * @param coded  what the mention's own words gave, if anything
     * @return the actor to record for the mention, if any
     */
    Optional<Actor> organization(String name, String text, Optional<Actor> coded, int sentence, Span span) {
        String key = Names.normalize(name);
        Organization earlier = earlier(key);
        String full = earlier == null ? name : earlier.name();
        Optional<Actor> actor;
        if (coded.isPresent()) {
            Actor a = coded.get();
            actor = Optional.of(new Actor(a.code(), a.text(), full, "text:" + Names.normalize(full), a.reason(),
                    a.sentence(), a.span()));
        } else if (earlier != null && earlier.actor().isPresent()) {
            Actor e = earlier.actor().get();
            actor = Optional.of(new Actor(e.code(), text, full, e.entryId(),
                    "same organisation as '" + e.text() + "' (sentence " + e.sentence() + ")", sentence, span));
        } else {
            actor = Optional.empty();
        }
        if (earlier != null && earlier.listed() && coded.isEmpty()) {
            return actor;
        }
        if (earlier == null || earlier.actor().isEmpty() && coded.isPresent()) {
            organizations.add(new Organization(full, Names.normalize(full), actor, false));
        }
        String reason = actor.map(Actor::reason).orElse("not in the registry, and no country or role in the text");
        names.add(new UnknownName(full, UnknownName.Kind.ORGANIZATION, text, actor.map(Actor::code), Optional.empty(),
                reason, sentence, span));
        return actor;
    }

    /** The latest organisation whose name is this one or ends with it at a word boundary ("Post", "Washington Post"). */
    private Organization earlier(String key) {
        for (int i = organizations.size() - 1; i >= 0; i--) {
            String known = organizations.get(i).key();
            if (known.equals(key) || known.endsWith(" " + key)) {
                return organizations.get(i);
            }
        }
        return null;
    }

    /** Every unknown mention, in the order recorded. */
    List<UnknownName> names() {
        return List.copyOf(names);
    }
}
