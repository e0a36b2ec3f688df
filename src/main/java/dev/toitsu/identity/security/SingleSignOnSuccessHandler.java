package dev.toitsu.identity.security;

import dev.toitsu.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Turns a successful OpenID Connect sign-in into a toitsu sign-in: the provider's user becomes the toitsu account
 * with the same user id ({@code toitsu.sso.username-claim}); a second factor asserted by the provider ({@code amr} /
 * {@code acr}) completes the sign-in, otherwise the person continues with toitsu's TOTP step. A person without an
 * account is refused: SSO links existing accounts, it does not create them.
 */
final class SingleSignOnSuccessHandler implements AuthenticationSuccessHandler {

    private final SignInFlow flow;
    private final SingleSignOnProperties properties;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SingleSignOnSuccessHandler(SignInFlow flow, SingleSignOnProperties properties) {
        this.flow = flow;
        this.properties = properties;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (!(authentication.getPrincipal() instanceof OidcUser user)) {
            refuse(request, response, "sso");
            return;
        }
        List<String> amr = user.getIdToken().getAuthenticationMethods();
        String acr = user.getIdToken().getAuthenticationContextClass();
        boolean multiFactor = properties.assertsMultiFactor(amr, acr);
        Authentication signedIn;
        try {
            signedIn = flow.federated(
                    user.getClaimAsString(properties.usernameClaim()),
                    String.valueOf(user.getIssuer()),
                    multiFactor,
                    "amr=" + (amr == null ? "[]" : amr) + (acr == null ? "" : ", acr=" + acr));
        } catch (DomainException e) {
            refuse(request, response, "login.locked".equals(e.code()) ? "locked" : "sso-unknown");
            return;
        }
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + (multiFactor ? "/" : "/mfa"));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException {
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
