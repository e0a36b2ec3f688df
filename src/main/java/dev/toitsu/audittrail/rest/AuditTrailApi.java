package dev.toitsu.audittrail.rest;

import dev.toitsu.audittrail.AuditEvent;
import dev.toitsu.audittrail.AuditEventPage;
import dev.toitsu.audittrail.AuditQuery;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.audittrail.ChainVerification;
import dev.toitsu.audittrail.web.AuditSearch;
import dev.toitsu.audittrail.web.AuditTrailDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 操作履歴 over JSON: the signed-in token owner's organization only. */
@RestController
@RequestMapping("/api/v1")
class AuditTrailApi {

    private final AuditTrail auditTrail;

    AuditTrailApi(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    record EventJson(
            long seq,
            UUID id,
            OffsetDateTime occurredAt,
            UUID actorAccountId,
            String actorName,
            String action,
            String subjectType,
            String subjectId,
            String summary,
            Map<String, Object> before,
            Map<String, Object> after,
            String clientAddress,
            String prevHash,
            String hash) {

        static EventJson of(AuditEvent e) {
            return new EventJson(
                    e.seq(),
                    e.id(),
                    e.occurredAtInTokyo().toOffsetDateTime(),
                    e.actorAccountId(),
                    e.actorName(),
                    e.action(),
                    e.subjectType(),
                    e.subjectId(),
                    e.summary(),
                    e.before(),
                    e.after(),
                    e.clientAddress(),
                    e.prevHash(),
                    e.hash());
        }
    }

    record PageJson(List<EventJson> events, int page, int size, boolean hasNext) {}

    record VerificationJson(
            boolean intact,
            long rowsChecked,
            int chainsChecked,
            ChainVerification.BrokenLink firstBreak,
            List<ChainVerification.BrokenLink> breaks) {}

    @GetMapping("/audit-trail")
    @PreAuthorize("hasAuthority('PERM_AUDIT_TRAIL_READ')")
    PageJson search(
            @ParameterObject AuditSearch search,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + AuditEventPage.DEFAULT_SIZE) int size) {
        AuditEventPage result = auditTrail.search(search.query(), page, size);
        return new PageJson(
                result.events().stream().map(EventJson::of).toList(), result.page(), result.size(), result.hasNext());
    }

    @GetMapping("/audit-trail/verification")
    @PreAuthorize("hasAuthority('PERM_AUDIT_TRAIL_READ')")
    VerificationJson verification() {
        ChainVerification v = auditTrail.verifyOwnOrganization();
        return new VerificationJson(
                v.intact(), v.rowsChecked(), v.chainsChecked(), v.firstBreak().orElse(null), v.breaks());
    }

    @GetMapping("/audit-trail.csv")
    @PreAuthorize("hasAuthority('PERM_AUDIT_TRAIL_READ')")
    void csv(@ParameterObject AuditSearch search, Locale locale, HttpServletResponse response) throws IOException {
        AuditQuery query = search.query();
        AuditTrailDownload.stream(response, out -> auditTrail.exportCsv(query, locale, out));
    }
}
