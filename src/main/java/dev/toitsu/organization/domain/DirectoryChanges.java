package dev.toitsu.organization.domain;

import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records a change of the directory in the audit trail (in the caller's transaction) and marks the organization as
 * changed, for the date the oversight view shows.
 */
@Component
public class DirectoryChanges {

    private final AuditTrail auditTrail;
    private final OrganizationRepository organizations;

    DirectoryChanges(AuditTrail auditTrail, OrganizationRepository organizations) {
        this.auditTrail = auditTrail;
        this.organizations = organizations;
    }

    public void record(
            UUID organizationId,
            String action,
            String subjectType,
            UUID subjectId,
            String summary,
            Map<String, ?> before,
            Map<String, ?> after) {
        auditTrail.record(AuditRecord.of(organizationId, action, subjectType, subjectId, summary)
                .withBefore(before)
                .withAfter(after));
        organizations.touch(organizationId);
    }
}
