package dev.toitsu.registry;

import java.util.UUID;

/** Another system as a link shows it: a dependency, a dependent, a choice in a picker. */
public record SystemLink(UUID id, String code, String name, Importance importance, String note) {}
