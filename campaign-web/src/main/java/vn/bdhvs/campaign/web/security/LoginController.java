package vn.bdhvs.campaign.web.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The pages a signed-out user reaches: the login and the answer to a form older than its session. */
@Controller
class LoginController {

    static final String VIEW = "login";

    static final String STALE_FORM_VIEW = "error/staleForm";

    @GetMapping("/login")
    String login() {
        return VIEW;
    }

    /** Forwarded to, with status 403, for any method (SecurityConfiguration.accessDenied). */
    @RequestMapping(SecurityConfiguration.STALE_FORM_PAGE)
    String staleForm() {
        return STALE_FORM_VIEW;
    }
}
