package dev.toitsu.shared;

/** The record does not exist, or exists in an organization the actor may not see: the two look the same. */
public class NotFoundException extends DomainException {

    public NotFoundException(String code, Object... arguments) {
        super(code, arguments);
    }
}
