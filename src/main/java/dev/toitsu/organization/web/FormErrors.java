package dev.toitsu.organization.web;

import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts a failure of a facade next to the field it concerns ({@code organization.person.email.invalid} → field
 * {@code email}) or above the form. Not-found stays an exception (the 404 page).
 */
final class FormErrors {

    static final String STALE = "error.conflict";

    private FormErrors() {}

    static void reject(BindingResult binding, DomainException e) {
        if (e instanceof NotFoundException) {
            throw e;
        }
        String[] parts = e.code().split("\\.");
        Object target = binding.getTarget();
        if (parts.length >= 3 && target != null) {
            String field = parts[parts.length - 2];
            if (new BeanWrapperImpl(target).isReadableProperty(field)) {
                binding.rejectValue(field, e.code(), e.arguments(), e.code());
                return;
            }
        }
        binding.reject(e.code(), e.arguments(), e.code());
    }

    static boolean isStale(DomainException e) {
        return e instanceof ConflictException && STALE.equals(e.code());
    }
}
