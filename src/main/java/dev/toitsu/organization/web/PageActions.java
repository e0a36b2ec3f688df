package dev.toitsu.organization.web;

import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Buttons without a form of their own (deactivate, end, move): run the action, then go back to the page with either
 * "saved" or the localized reason it was refused (a stale version included).
 */
@Component
class PageActions {

    private final MessageSource messages;

    PageActions(MessageSource messages) {
        this.messages = messages;
    }

    String run(String target, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", "common.saved");
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute(
                    "actionError",
                    messages.getMessage(e.code(), e.arguments(), e.code(), LocaleContextHolder.getLocale()));
        }
        return "redirect:" + target;
    }
}
