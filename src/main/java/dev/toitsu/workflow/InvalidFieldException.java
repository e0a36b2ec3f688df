package dev.toitsu.workflow;

import dev.toitsu.shared.DomainException;

/** A form value a request type refuses; {@code field} names the field so pages show the message next to it. */
public class InvalidFieldException extends DomainException {

    private final String field;

    public InvalidFieldException(String field, String code, Object... arguments) {
        super(code, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
