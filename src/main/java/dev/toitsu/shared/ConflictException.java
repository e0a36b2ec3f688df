package dev.toitsu.shared;

/** Someone else changed the record since it was read (optimistic locking), or the change clashes with others. */
public class ConflictException extends DomainException {

    public ConflictException(String code, Object... arguments) {
        super(code, arguments);
    }
}
