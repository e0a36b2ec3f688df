package dev.toitsu.registry.domain;

import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Records a change of a register in the audit trail, in the caller's transaction. */
@Component
public class RegisterChanges {

    private final AuditTrail auditTrail;

    RegisterChanges(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    public void record(
            UUID organizationId,
            String action,
            String subjectType,
            Object subjectId,
            String summary,
            Map<String, ?> before,
            Map<String, ?> after) {
        String line = summary.length() > AuditRecord.MAX_SUMMARY_LENGTH
                ? summary.substring(0, AuditRecord.MAX_SUMMARY_LENGTH)
                : summary;
        auditTrail.record(AuditRecord.of(organizationId, action, subjectType, subjectId, line)
                .withBefore(before)
                .withAfter(after));
    }

    /** Ordered name-value pairs (values may be null; enums as names). */
    public static Map<String, Object> state(Object... namesAndValues) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value instanceof Enum<?> e) {
                value = e.name();
            } else if (value instanceof java.time.temporal.TemporalAccessor || value instanceof UUID) {
                value = value.toString();
            }
            state.put((String) namesAndValues[i], value);
        }
        return Collections.unmodifiableMap(state);
    }
}
