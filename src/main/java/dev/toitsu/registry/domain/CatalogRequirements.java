package dev.toitsu.registry.domain;

import dev.toitsu.catalog.Catalog;
import dev.toitsu.catalog.EditionSummary;
import dev.toitsu.catalog.RequirementSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The requirements of a catalog edition through the catalog's facade: ids as the document numbers them, the tier
 * (基本/追加, or 基本/強化 in older editions) and the path for display. Statements of applicability need nothing else.
 */
@Component
class CatalogRequirements implements RequirementSource {

    /** 令和5年度版: the edition that introduced 重要度 and 基本/追加 (000 表5.1.1-2). */
    static final String DEFAULT_EDITION = "nisc-r5";

    private final Catalog catalog;

    CatalogRequirements(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<List<RequirementRef>> requirements(String editionCode) {
        if (editionCode == null || catalog.findEdition(editionCode).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(catalog.requirements(editionCode).stream()
                .map(CatalogRequirements::ref)
                .toList());
    }

    @Override
    public String defaultEdition() {
        return DEFAULT_EDITION;
    }

    @Override
    public List<String> editions() {
        return catalog.editions().stream().map(EditionSummary::code).toList();
    }

    private static RequirementRef ref(RequirementSummary r) {
        return new RequirementRef(r.nodeId(), r.tier() == null ? null : r.tier().name(), r.label(), r.path());
    }
}
