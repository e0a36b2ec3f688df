package dev.toitsu.identity.security;

import dev.toitsu.identity.ApiTokens;
import dev.toitsu.platform.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer tsu_...}. A read-only token may only use safe
 * methods; a token of a disabled or locked account is refused.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String WRITE_SCOPE = "SCOPE_WRITE";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiTokens tokens;
    private final AccountDetailsService details;
    private final SignInFlow flow;
    private final ProblemResponses problems;

    BearerTokenFilter(ApiTokens tokens, AccountDetailsService details, SignInFlow flow, ProblemResponses problems) {
        this.tokens = tokens;
        this.details = details;
        this.flow = flow;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var resolved = tokens.resolve(header.substring(7).trim());
            if (resolved.isPresent() && usable(resolved.get().accountId())) {
                boolean write = resolved.get().write();
                if (!write && !SAFE_METHODS.contains(request.getMethod())) {
                    problems.write(response, request, 403, "error.token.readOnly");
                    return;
                }
                var full = flow.fullyAuthenticated(resolved.get().accountId());
                Collection<GrantedAuthority> authorities = new ArrayList<>(full.getAuthorities());
                if (write) {
                    authorities.add(new SimpleGrantedAuthority(WRITE_SCOPE));
                }
                var authentication =
                        UsernamePasswordAuthenticationToken.authenticated(full.getPrincipal(), null, authorities);
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(authentication);
                SecurityContextHolder.setContext(context);
            } else {
                problems.write(response, request, 401, "error.token.invalid");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean usable(java.util.UUID accountId) {
        try {
            AccountPrincipal principal = details.loadById(accountId);
            return principal.isEnabled() && principal.isAccountNonLocked();
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }
}
