package dev.toitsu.platform.web;

import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Pages show domain failures as a page with the localized message (forms handle their own field errors first);
 * never a stack trace.
 */
@ControllerAdvice
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final MessageSource messages;

    PageExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    String notFound(Exception e, Model model, HttpServletResponse response) {
        return page(model, response, 404, "error.notFound");
    }

    @ExceptionHandler({AccessDeniedException.class, org.springframework.security.access.AccessDeniedException.class})
    String forbidden(Exception e, Model model, HttpServletResponse response) {
        return page(model, response, 403, "error.forbidden");
    }

    @ExceptionHandler({ConflictException.class, OptimisticLockingFailureException.class})
    String conflict(Exception e, Model model, HttpServletResponse response) {
        if (e instanceof ConflictException c) {
            return page(model, response, 409, c.code(), c.arguments());
        }
        return page(model, response, 409, "error.conflict");
    }

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, Model model, HttpServletResponse response) {
        return page(model, response, 422, e.code(), e.arguments());
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        log.error("Unexpected error", e);
        return page(model, response, 500, "error.internal");
    }

    @ExceptionHandler({
        ServletRequestBindingException.class,
        MethodArgumentTypeMismatchException.class,
        HttpMessageNotReadableException.class
    })
    String badRequest(Exception e, Model model, HttpServletResponse response) {
        return page(model, response, 400, "error.badRequest");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    String methodNotAllowed(Exception e, Model model, HttpServletResponse response) {
        return page(model, response, 405, "error.methodNotAllowed");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Exception e, Model model, HttpServletResponse response) {
        return page(model, response, 413, "error.payloadTooLarge");
    }

    private String page(Model model, HttpServletResponse response, int status, String code, Object... arguments) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("errorMessage", messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale()));
        return "error";
    }
}
