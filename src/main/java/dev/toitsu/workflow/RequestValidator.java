package dev.toitsu.workflow;

import java.util.Map;

/**
 * A module's own checks of a request type's values, beyond the form definition (e.g. the exemption module checks
 * that a catalog requirement exists). Called on submission and on the values an approver permits; throws
 * {@link InvalidFieldException} naming the field.
 */
public interface RequestValidator {

    void validate(String typeCode, Map<String, String> values);
}
