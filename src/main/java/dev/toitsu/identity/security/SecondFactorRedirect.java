package dev.toitsu.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A signed-in person who has given only the password is sent to the second-factor step; anyone else who is
 * refused gets the 403 page.
 */
class SecondFactorRedirect implements AccessDeniedHandler {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean passwordOnly = !(denied instanceof CsrfException)
                && authentication != null
                && !TRUST.isAnonymous(authentication)
                && authentication.getAuthorities().stream()
                        .noneMatch(a -> SignInFlow.SECOND_FACTOR.equals(a.getAuthority()));
        if (passwordOnly) {
            response.sendRedirect(request.getContextPath() + "/mfa");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
