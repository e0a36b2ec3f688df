package dev.toitsu.registry.domain;

import java.util.List;

/** A clause of a catalog edition as applicability needs it: id, tier and where it sits. */
public record RequirementRef(String nodeId, String tier, String label, List<String> path) {

    public RequirementRef {
        path = path == null ? List.of() : List.copyOf(path);
    }
}
