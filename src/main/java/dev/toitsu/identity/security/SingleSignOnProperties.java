package dev.toitsu.identity.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in through an OpenID Connect provider (issue 13). The provider itself is configured with Spring Boot's
 * ordinary {@code spring.security.oauth2.client.registration.<id>.*} / {@code provider.<id>.*} settings; these say
 * how its answer maps onto toitsu.
 *
 * @param usernameClaim the ID-token claim that holds the toitsu user id (Keycloak {@code preferred_username}; Entra
 *     ID {@code preferred_username} or {@code upn})
 * @param multiFactorAmr {@code amr} values (RFC 8176) that count as a second factor done at the provider; when the
 *     ID token has none of them (and no {@code acr} of {@link #multiFactorAcr}), toitsu asks its own TOTP code
 * @param multiFactorAcr {@code acr} values that mean multi-factor authentication at the provider
 */
@ConfigurationProperties("toitsu.sso")
record SingleSignOnProperties(String usernameClaim, List<String> multiFactorAmr, List<String> multiFactorAcr) {

    SingleSignOnProperties {
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
        multiFactorAmr =
                multiFactorAmr == null ? List.of("mfa", "otp", "hwk", "swk", "sms", "fpt", "face") : multiFactorAmr;
        multiFactorAcr = multiFactorAcr == null ? List.of() : multiFactorAcr;
    }

    /** Whether the provider says it checked more than one factor. */
    boolean assertsMultiFactor(List<String> amr, String acr) {
        return (amr != null && amr.stream().anyMatch(multiFactorAmr::contains))
                || (acr != null && multiFactorAcr.contains(acr));
    }
}
