package dev.toitsu.exemption.domain;

import dev.toitsu.catalog.Catalog;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.workflow.InvalidFieldException;
import dev.toitsu.workflow.RequestValidator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The catalog requirement an exemption names ({@code edition:node}, e.g. {@code nisc-r5:6.1.3(1)(a)}) must exist
 * in the catalog. The 対策基準 clause itself stays a (regulation, clause) value until the standard module stores the
 * organization's clauses.
 */
@Component
class CatalogRequirementValidator implements RequestValidator {

    private static final Pattern REFERENCE = Pattern.compile("([a-z0-9][a-z0-9-]*):(\\S.*)");

    private final Catalog catalog;

    CatalogRequirementValidator(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void validate(String typeCode, Map<String, String> values) {
        if (!ExemptionFields.TYPE.equals(typeCode)) {
            return;
        }
        String reference = values.get(ExemptionFields.REQUIREMENT);
        if (reference == null || reference.isBlank()) {
            return;
        }
        Matcher m = REFERENCE.matcher(reference.strip());
        if (!m.matches()) {
            throw new InvalidFieldException(ExemptionFields.REQUIREMENT, "exemption.requirementId.format");
        }
        if (catalog.findEdition(m.group(1)).isEmpty()) {
            throw new InvalidFieldException(
                    ExemptionFields.REQUIREMENT, "exemption.requirementId.unknownEdition", m.group(1));
        }
        try {
            catalog.requirement(m.group(1), m.group(2).strip());
        } catch (NotFoundException e) {
            throw new InvalidFieldException(
                    ExemptionFields.REQUIREMENT,
                    "exemption.requirementId.unknown",
                    m.group(2).strip(),
                    m.group(1));
        }
    }
}
