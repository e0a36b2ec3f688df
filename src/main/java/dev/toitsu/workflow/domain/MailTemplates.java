package dev.toitsu.workflow.domain;

import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the Japanese mail texts (Thymeleaf TEXT templates under {@code templates/mail/}). */
public class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public MailTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    public String render(String template, Map<String, Object> variables) {
        Context context = new Context(java.util.Locale.JAPANESE);
        context.setVariables(variables);
        return engine.process(template, context);
    }
}
