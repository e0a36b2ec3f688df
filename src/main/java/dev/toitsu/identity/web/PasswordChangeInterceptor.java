package dev.toitsu.identity.web;

import dev.toitsu.identity.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** A temporary password (set by an administrator) must be replaced before anything else is done. */
@Component
class PasswordChangeInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.mustChangePassword()
                && authentication.getAuthorities().stream().anyMatch(a -> "FACTOR_TOTP".equals(a.getAuthority()))) {
            response.sendRedirect(request.getContextPath() + "/account/password");
            return false;
        }
        return true;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .excludePathPatterns(
                        "/account/password",
                        "/logout",
                        "/login",
                        "/mfa",
                        "/error",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/api/**");
    }
}
