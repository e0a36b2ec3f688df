package dev.toitsu.identity.rest;

import dev.toitsu.identity.security.AccountPrincipal;
import dev.toitsu.organization.RoleGrant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API token acts as: a quick check for scripts and the first call of every integration. */
@RestController
@RequestMapping("/api/v1/me")
class MeRestController {

    record Me(
            UUID accountId,
            String username,
            UUID personId,
            String displayName,
            UUID organizationId,
            String organizationName,
            String unitName,
            List<RoleGrant> roles) {}

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    Me me(@AuthenticationPrincipal AccountPrincipal principal) {
        return new Me(
                principal.accountId(),
                principal.getUsername(),
                principal.personId(),
                principal.displayName(),
                principal.organizationId(),
                principal.organizationName(),
                principal.unitName(),
                principal.roles());
    }
}
