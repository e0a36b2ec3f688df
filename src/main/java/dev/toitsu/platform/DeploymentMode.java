package dev.toitsu.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Demo or production. Demo (the default with the embedded database) loads the demo organization and its
 * documented accounts; production (the default with an external database) refuses demo accounts and requires its
 * secrets from the environment. {@code toitsu.demo.enabled} overrides the default either way.
 */
@Component
public class DeploymentMode {

    private final boolean demo;

    public DeploymentMode(Environment environment) {
        String explicit = environment.getProperty("toitsu.demo.enabled");
        if (StringUtils.hasText(explicit)) {
            this.demo = Boolean.parseBoolean(explicit.trim());
        } else {
            String embedded = environment.getProperty("toitsu.database.embedded");
            this.demo = StringUtils.hasText(embedded)
                    ? Boolean.parseBoolean(embedded.trim())
                    : !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        }
    }

    public boolean isDemo() {
        return demo;
    }

    public boolean isProduction() {
        return !demo;
    }
}
