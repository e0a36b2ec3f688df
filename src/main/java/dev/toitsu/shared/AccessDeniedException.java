package dev.toitsu.shared;

/** The actor may not do this here. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
