package dev.toitsu.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.expression.DefaultHttpSecurityExpressionHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Evaluates a handler's {@code @PreAuthorize} before Spring MVC binds and validates its arguments, so that someone
 * who may not call an endpoint gets 403 and learns nothing from validation messages. Method security still checks
 * the same annotation when the method runs (defence in depth). Handlers use only request-independent expressions
 * ({@code hasAuthority}, {@code isAuthenticated}, {@code permitAll}).
 */
@Component
@ConditionalOnWebApplication
class HandlerAuthorizationInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final ExpressionParser parser = new SpelExpressionParser();
    private final DefaultHttpSecurityExpressionHandler expressions = new DefaultHttpSecurityExpressionHandler();
    private final Map<Method, Expression> cache = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Expression expression = cache.computeIfAbsent(method.getMethod(), m -> {
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(m, PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
            }
            return rule == null ? null : parser.parseExpression(rule.value());
        });
        if (expression == null) {
            return true; // not one of ours (framework endpoints); ArchitectureTests require the annotation on ours
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var context =
                expressions.createEvaluationContext(() -> authentication, new RequestAuthorizationContext(request));
        if (!ExpressionUtils.evaluateAsBoolean(expression, context)) {
            throw new AccessDeniedException("error.forbidden");
        }
        return true;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }
}
