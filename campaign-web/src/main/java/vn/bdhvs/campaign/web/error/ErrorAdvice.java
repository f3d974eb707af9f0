package vn.bdhvs.campaign.web.error;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.common.NotFoundException;

/**
 * Scope and role checks live in the services; this turns their verdicts into the error pages.
 * A unit outside the caller's scope is a 404, exactly like a unit that does not exist.
 */
@ControllerAdvice
class ErrorAdvice {

    static final String NOT_FOUND_VIEW = "error/404";

    static final String FORBIDDEN_VIEW = "error/403";

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
}
