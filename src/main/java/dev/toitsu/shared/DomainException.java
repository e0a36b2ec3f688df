package dev.toitsu.shared;

import java.util.Arrays;

/**
 * A failure a user can act on. Carries a message code (resolved from the message bundles in the user's language)
 * and its arguments; the web layer shows it beside the form, the API returns it as an RFC 9457 problem.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public DomainException(String code, Object... arguments) {
        super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.code = code;
        this.arguments = arguments;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
