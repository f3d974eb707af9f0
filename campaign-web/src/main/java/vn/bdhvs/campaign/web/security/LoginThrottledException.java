package vn.bdhvs.campaign.web.security;

import org.springframework.security.core.AuthenticationException;

/** This client failed too often for now: the password was not even checked. */
final class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Too many failed logins from this client; try again later");
    }
}
