package vn.bdhvs.campaign.web.error;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import jakarta.servlet.http.HttpServletRequest;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.common.Message;
import vn.bdhvs.campaign.core.common.NotFoundException;

/**
 * Scope and role checks live in the services; this turns their verdicts into the error pages.
 * A unit outside the caller's scope is a 404, exactly like a unit that does not exist. Bad input
 * that no page handled itself (a malformed id or parameter, a year outside the plan, a broken
 * rule) is a 400 page saying what was wrong, logged in one line: never a 500 with a stack trace.
 * Each web feature's own advice ({@link FeatureErrors}) comes first for the rules of its pages.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorAdvice {

    static final String BAD_REQUEST_VIEW = "error/400";

    static final String NOT_FOUND_VIEW = "error/404";

    static final String FORBIDDEN_VIEW = "error/403";

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final DataSize maxUpload;

    ErrorAdvice(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxUpload) {
        this.maxUpload = maxUpload;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return NOT_FOUND_VIEW;
    }

    @ExceptionHandler(ForbiddenException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return FORBIDDEN_VIEW;
    }

    @ExceptionHandler(DomainException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String brokenRule(DomainException ex, HttpServletRequest request, Model model) {
        return brokenRulePage(ex, request, model);
    }

    /** The 400 page of a broken rule that no page showed itself. */
    static String brokenRulePage(DomainException ex, HttpServletRequest request, Model model) {
        Object[] args = Arrays.stream(Failures.args(ex)).map(arg -> arg == null ? "" : arg).toArray();
        return badRequest(request, model, Message.of(ex.code(), args), ex);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badValue(MethodArgumentTypeMismatchException ex, HttpServletRequest request, Model model) {
        return badRequest(request, model, Message.of("error.badValue", ex.getName(), shorten(ex.getValue())), ex);
    }

    @ExceptionHandler(MissingRequestValueException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String missingValue(MissingRequestValueException ex, HttpServletRequest request, Model model) {
        Message reason = ex instanceof MissingServletRequestParameterException missing
                ? Message.of("error.missingValue", missing.getParameterName()) : null;
        return badRequest(request, model, reason, ex);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, Model model) {
        return badRequest(request, model, Message.of("upload.tooLarge", maxUpload.toMegabytes()), ex);
    }

    @ExceptionHandler({ BindException.class, ConversionException.class, MultipartException.class })
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String malformed(Exception ex, HttpServletRequest request, Model model) {
        return badRequest(request, model, null, ex);
    }

    private static String badRequest(HttpServletRequest request, Model model, Message reason, Exception ex) {
        log.warn("400 {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
        model.addAttribute("reason", reason);
        return BAD_REQUEST_VIEW;
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
