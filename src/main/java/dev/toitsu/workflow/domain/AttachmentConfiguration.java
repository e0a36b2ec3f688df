package dev.toitsu.workflow.domain;

import dev.toitsu.workflow.VirusScanner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The virus-scan hook: ClamAV's clamdscan when configured, otherwise no scan (recorded as NOT_SCANNED). */
@Configuration(proxyBeanMethods = false)
class AttachmentConfiguration {

    @Bean
    @ConditionalOnMissingBean
    VirusScanner virusScanner(
            @Value("${toitsu.workflow.attachments.clamdscan:}") String clamdscan,
            @Value("${toitsu.workflow.attachments.scan-timeout-seconds:60}") long timeout) {
        if (clamdscan == null || clamdscan.isBlank()) {
            return (fileName, content) -> VirusScanner.Verdict.NOT_SCANNED;
        }
        return new ClamdScanner(clamdscan, timeout);
    }

    @Bean
    AttachmentPolicy attachmentPolicy(
            @Value("${toitsu.workflow.attachments.max-bytes:10485760}") long maxBytes,
            @Value("${toitsu.workflow.attachments.types:pdf,png,jpg,jpeg,gif,txt,csv,docx,xlsx,pptx,zip}")
                    String types) {
        return new AttachmentPolicy(
                maxBytes,
                java.util.Set.of(types.toLowerCase(java.util.Locale.ROOT).split(",")));
    }
}
