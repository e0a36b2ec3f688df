package dev.toitsu.registry.domain;

import java.util.List;
import java.util.Optional;

/** The catalog as applicability sees it: the requirements of an edition, if the edition is there. */
public interface RequirementSource {

    Optional<List<RequirementRef>> requirements(String editionCode);

    /** The edition an organization uses when it has not chosen one. */
    String defaultEdition();

    List<String> editions();
}
