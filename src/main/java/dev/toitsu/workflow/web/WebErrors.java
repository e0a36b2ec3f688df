package dev.toitsu.workflow.web;

import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.workflow.InvalidFieldException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Puts a facade's refusal next to the field it concerns (a form property, or a value of the request type's form:
 * {@code values[key]}) or above the form; runs buttons without a form of their own. Not-found stays the 404 page.
 */
@Component("workflowWebErrors")
class WebErrors {

    private final MessageSource messages;

    WebErrors(MessageSource messages) {
        this.messages = messages;
    }

    static void reject(BindingResult binding, DomainException e) {
        if (e instanceof NotFoundException) {
            throw e;
        }
        Object target = binding.getTarget();
        if (e instanceof InvalidFieldException f && target != null) {
            BeanWrapperImpl bean = new BeanWrapperImpl(target);
            String field = bean.isReadableProperty(f.field())
                    ? f.field()
                    : bean.isReadableProperty("values") ? "values[" + f.field() + "]" : null;
            if (field != null) {
                binding.rejectValue(field, e.code(), e.arguments(), e.code());
                return;
            }
        }
        binding.reject(e.code(), e.arguments(), e.code());
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

    String message(DomainException e) {
        return messages.getMessage(e.code(), e.arguments(), e.code(), LocaleContextHolder.getLocale());
    }
}
