package dev.toitsu.platform.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The embedded server runs unless an external database URL is given or it is switched off explicitly. */
class EmbeddedDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        String explicit = environment.getProperty("toitsu.database.embedded");
        if (StringUtils.hasText(explicit)) {
            return Boolean.parseBoolean(explicit.trim());
        }
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }
}
