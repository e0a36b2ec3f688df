package dev.toitsu.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details with a stable type per message code and a detail in the caller's language. Used by the
 * exception handler and by the security filters, which answer before any controller runs.
 */
@Component
public class ProblemResponses {

    private static final String TYPE_PREFIX = "urn:toitsu:problem:";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    public ProblemDetail problem(HttpServletRequest request, int status, String code, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code));
        HttpStatus known = HttpStatus.resolve(status);
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        problem.setDetail(messages.getMessage(code, arguments, code, locales.resolveLocale(request)));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        return problem;
    }

    public void write(HttpServletResponse response, HttpServletRequest request, int status, String code)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem(request, status, code));
    }
}
