package dev.toitsu.exemption.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The keys of the EXEMPTION request type's form (V9_2) and how the system list is written in it. */
public final class ExemptionFields {

    public static final String TYPE = "EXEMPTION";
    public static final String REGULATION = "regulation";
    public static final String CLAUSE = "clause";
    public static final String REQUIREMENT = "requirementId";
    public static final String SYSTEMS = "systemIds";
    public static final String MEASURES = "measures";
    public static final String END_REPORT_METHOD = "endReportMethod";
    public static final String REASON = "reason";
    public static final String POST_HOC_REASON = "postHocReason";

    private ExemptionFields() {}

    public static List<UUID> systems(String text) {
        List<UUID> ids = new ArrayList<>();
        if (text == null) {
            return ids;
        }
        for (String part : text.split("[,、\\s]+")) {
            if (!part.isBlank()) {
                try {
                    ids.add(UUID.fromString(part.strip()));
                } catch (IllegalArgumentException e) {
                    throw new dev.toitsu.shared.DomainException("exemption.systemIds.invalid", part.strip());
                }
            }
        }
        return ids;
    }

    public static String systemsText(List<UUID> ids) {
        return String.join(",", ids.stream().map(UUID::toString).toList());
    }
}
