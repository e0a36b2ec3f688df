package dev.toitsu.organization;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What an action is performed on, as separation of duties needs to know it: its type and id, the unit it belongs
 * to (for an audit: the audited unit), and who already performed which action on it (the applicant of a request).
 */
public record Subject(String type, UUID id, UUID unitId, Map<String, Set<UUID>> performers) {

    public Subject {
        Map<String, Set<UUID>> copy = new HashMap<>();
        (performers == null ? Map.<String, Set<UUID>>of() : performers).forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        performers = Map.copyOf(copy);
    }

    public static Subject of(String type, UUID id) {
        return new Subject(type, id, null, Map.of());
    }

    public Subject inUnit(UUID unit) {
        return new Subject(type, id, unit, performers);
    }

    /** Records that the person performed the action on this subject (e.g. {@code request.apply}). */
    public Subject performedBy(String action, UUID personId) {
        Map<String, Set<UUID>> copy = new HashMap<>(performers);
        Set<UUID> people = new HashSet<>(copy.getOrDefault(action, Set.of()));
        people.add(personId);
        copy.put(action, people);
        return new Subject(type, id, unitId, copy);
    }

    public Set<UUID> performersOf(String action) {
        return performers.getOrDefault(action, Set.of());
    }
}
