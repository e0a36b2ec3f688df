package dev.toitsu.registry.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Stands in while the catalog has no stored editions: every edition is "not available", so statements of
 * applicability say so instead of listing nothing silently.
 */
@Component
class NoCatalogRequirements implements RequirementSource {

    @Override
    public Optional<List<RequirementRef>> requirements(String editionCode) {
        return Optional.empty();
    }

    @Override
    public String defaultEdition() {
        return "nisc-r5";
    }

    @Override
    public List<String> editions() {
        return List.of();
    }
}
