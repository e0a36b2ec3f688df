package dev.toitsu.identity.security;

import dev.toitsu.identity.ApiTokens;
import dev.toitsu.platform.ProblemResponses;
import dev.toitsu.shared.Permission;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Two filter chains. The JSON API is stateless and takes personal API tokens only. The web pages use a session:
 * password first, then the TOTP second factor; until both are done only the sign-in pages are reachable. Command-line
 * runs (no web server) leave all of this out.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String SESSION_COOKIE = "TOITSU_SESSION";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /**
     * Passwords, and (when an OpenID Connect provider is configured) the provider's authorization code exchanged for
     * a verified ID token. Events feed the lockout and the sign-in metrics.
     */
    @Bean
    AuthenticationManager authenticationManager(
            AccountDetailsService details,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            ObjectProvider<ClientRegistrationRepository> identityProviders) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(details);
        provider.setPasswordEncoder(encoder);
        List<AuthenticationProvider> providers = new ArrayList<>(List.of(provider));
        if (identityProviders.getIfAvailable() != null) {
            providers.add(new OidcAuthorizationCodeAuthenticationProvider(
                    new RestClientAuthorizationCodeTokenResponseClient(), new OidcUserService()));
        }
        ProviderManager manager = new ProviderManager(providers);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /**
     * The session cookie, the same in every deployment (Boot applies {@code server.servlet.session.cookie.*} only to an
     * embedded server): {@code TOITSU_SESSION}, HttpOnly, SameSite=Lax, Secure when
     * {@code server.servlet.session.cookie.secure} is set (behind TLS; deploy/ sets it). The
     * session itself lives in PostgreSQL (Spring Session JDBC), so any instance finds it by this cookie.
     */
    @Bean
    DefaultCookieSerializer cookieSerializer(
            @Value("${server.servlet.session.cookie.secure:false}") boolean secure,
            @Value("${server.servlet.context-path:}") String contextPath) {
        DefaultCookieSerializer cookies = new DefaultCookieSerializer();
        cookies.setCookieName(SESSION_COOKIE);
        cookies.setUseHttpOnlyCookie(true);
        cookies.setSameSite("Lax");
        cookies.setUseSecureCookie(secure);
        cookies.setCookiePath(contextPath.isEmpty() ? "/" : contextPath);
        return cookies;
    }

    /** The filter chains exist only in the web application; commands (catalog import) run without them. */
    @Configuration(proxyBeanMethods = false)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
    static class FilterChains {

        @Bean
        @Order(1)
        SecurityFilterChain apiChain(
                HttpSecurity http,
                ApiTokens tokens,
                AccountDetailsService details,
                SignInFlow flow,
                ProblemResponses problems)
                throws Exception {
            http.securityMatcher("/api/**")
                    .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(SignInFlow.SECOND_FACTOR))
                    .addFilterBefore(
                            new BearerTokenFilter(tokens, details, flow, problems), AnonymousAuthenticationFilter.class)
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable()) // no cookies are accepted on this chain, so there is nothing to forge
                    .requestCache(cache -> cache.disable())
                    .anonymous(anonymous -> {})
                    .headers(
                            headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")))
                    .exceptionHandling(exceptions -> exceptions
                            .authenticationEntryPoint((request, response, e) -> problems.write(
                                    response, request, HttpServletResponse.SC_UNAUTHORIZED, "error.unauthenticated"))
                            .accessDeniedHandler((request, response, e) -> problems.write(
                                    response, request, HttpServletResponse.SC_FORBIDDEN, "error.forbidden")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain webChain(
                HttpSecurity http,
                AuthenticationManager authenticationManager,
                @Value("${toitsu.metrics.scrape-token:}") String scrapeToken,
                ObjectProvider<ClientRegistrationRepository> identityProviders,
                SignInFlow flow,
                SingleSignOnProperties singleSignOn)
                throws Exception {
            if (identityProviders.getIfAvailable() != null) {
                http.oauth2Login(sso -> sso.loginPage("/login")
                        .successHandler(new SingleSignOnSuccessHandler(flow, singleSignOn))
                        .failureHandler((request, response, e) -> {
                            // the provider's error code and description, never tokens or personal data
                            log.warn("Single sign-on failed: {}", e.getMessage());
                            response.sendRedirect(request.getContextPath() + "/login?error=sso");
                        }));
            }
            http.securityMatcher(AnyRequestMatcher.INSTANCE)
                    .authenticationManager(authenticationManager)
                    .authorizeHttpRequests(requests -> requests.requestMatchers(
                                    "/login",
                                    "/css/**",
                                    "/js/**",
                                    "/images/**",
                                    "/webjars/**",
                                    "/favicon.ico",
                                    "/error",
                                    "/actuator/health",
                                    "/actuator/health/**",
                                    "/v3/api-docs",
                                    "/v3/api-docs/**",
                                    "/swagger-ui.html",
                                    "/swagger-ui/**")
                            .permitAll()
                            .requestMatchers("/actuator/prometheus")
                            .access(new MetricsScrapeAccess(scrapeToken))
                            .requestMatchers("/actuator/**")
                            .hasAuthority(Permission.PLATFORM_ADMINISTER.authority())
                            .requestMatchers("/mfa", "/mfa/**")
                            .authenticated() // the password step is done; the second factor is what is missing
                            .anyRequest()
                            .hasAuthority(SignInFlow.SECOND_FACTOR))
                    .formLogin(form -> form.loginPage("/login")
                            .successHandler((request, response, authentication) ->
                                    response.sendRedirect(request.getContextPath() + "/mfa"))
                            .failureHandler(new LoginFailureHandler())
                            .permitAll())
                    .logout(logout -> logout.logoutUrl("/logout")
                            .logoutSuccessUrl("/login?logout")
                            .deleteCookies(SESSION_COOKIE))
                    .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new SecondFactorRedirect()))
                    .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                            .invalidSessionUrl("/login?expired"))
                    .headers(headers -> headers.contentSecurityPolicy(
                                    csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                            .referrerPolicy(
                                    referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                            .permissionsPolicyHeader(permissions ->
                                    permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")));
            return http.build();
        }
    }
}
