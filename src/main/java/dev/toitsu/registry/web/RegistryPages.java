package dev.toitsu.registry.web;

import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import java.util.function.Supplier;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Form errors next to their field ({@code registry.asset.name.required} → {@code name}), and buttons without a form
 * of their own: run, then back to the page with "saved" or the localized reason.
 */
@Component
class RegistryPages {

    private final MessageSource messages;

    RegistryPages(MessageSource messages) {
        this.messages = messages;
    }

    String run(String target, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", "common.saved");
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("actionError", message(e));
        }
        return "redirect:" + target;
    }

    /** Runs a form's action: on success redirects; on a domain failure rejects the form and shows it again. */
    String submit(BindingResult binding, Supplier<String> action, Supplier<String> again) {
        if (!binding.hasErrors()) {
            try {
                return action.get();
            } catch (NotFoundException e) {
                throw e;
            } catch (DomainException e) {
                reject(binding, e);
            }
        }
        return again.get();
    }

    String message(DomainException e) {
        return messages.getMessage(e.code(), e.arguments(), e.code(), LocaleContextHolder.getLocale());
    }

    String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
    }

    static void reject(BindingResult binding, DomainException e) {
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
}
