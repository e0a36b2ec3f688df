package dev.toitsu.identity.security;

import dev.toitsu.shared.Permission;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read {@code /actuator/prometheus}: a monitoring system presenting the scrape token configured in
 * {@code toitsu.metrics.scrape-token} ({@code Authorization: Bearer ...}; Prometheus' {@code authorization}
 * setting), or a signed-in platform administrator. Without a configured token only the administrator can.
 */
final class MetricsScrapeAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final byte[] token;

    MetricsScrapeAccess(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(presentsToken(context.getRequest().getHeader("Authorization"))
                || isAdministrator(authentication.get()));
    }

    private boolean presentsToken(String header) {
        if (token == null || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(
                token, header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isAdministrator(Authentication authentication) {
        if (authentication == null) {
            return false;
        }
        boolean secondFactor = false;
        boolean administrator = false;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            secondFactor |= SignInFlow.SECOND_FACTOR.equals(authority.getAuthority());
            administrator |= Permission.PLATFORM_ADMINISTER.authority().equals(authority.getAuthority());
        }
        return secondFactor && administrator;
    }
}
