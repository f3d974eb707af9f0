package vn.bdhvs.campaign.web.security;

import java.util.LinkedHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.LoginThrottle;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.UnitScope;

/** Web only: a command run without a web server ({@code --recompute-progress}) needs no login. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** Where a form whose CSRF token was refused is answered (403). */
    static final String STALE_FORM_PAGE = "/error/stale-form";

    /** Everything the pages load comes from this server (WebJars included): no inline script or style. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle, AuthenticationEventPublisher events) throws Exception {
        // exactly this provider, with no parent manager that could check the password a second way
        ProviderManager authentication = new ProviderManager(new ThrottledAuthenticationProvider(users, encoder, throttle));
        authentication.setAuthenticationEventPublisher(events);
        http.authenticationManager(authentication)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/login", "/error", STALE_FORM_PAGE, "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/actuator/health",
                        "/actuator/health/**")
                .permitAll()
                .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").failureHandler(loginFailureHandler()).permitAll())
            .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
            .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(accessDenied()))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * A refused CSRF token means a form older than its session (the session timed out, or the user
     * signed out and in again in another tab): the page says so and that nothing was saved, rather
     * than "you may not open this page". Every other refusal keeps the 403 page.
     */
    private static AccessDeniedHandler accessDenied() {
        AccessDeniedHandlerImpl staleForm = new AccessDeniedHandlerImpl();
        staleForm.setErrorPage(STALE_FORM_PAGE);
        LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        handlers.put(CsrfException.class, staleForm);
        return new DelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
    }

    /** Looks the scope unit's code up once, at login, so that pages need no query to link into it. */
    @Bean
    UserDetailsService userDetailsService(AccountService accounts, GeographyService geography) {
        return username -> accounts.findForLogin(username).map(account -> {
            UnitScope scope = account.scope();
            String unitCode = switch (scope.level()) {
                case NATION -> null;
                case PROVINCE -> geography.findProvince(scope.provinceId()).map(p -> p.code()).orElse(null);
                case COMMUNE -> geography.findCommune(scope.communeId()).map(c -> c.code()).orElse(null);
            };
            return new CampaignUser(account, unitCode);
        }).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /**
     * The login page says why, as far as it is safe to say: "locked" and "disabled" only come after
     * a correct password (see {@link ThrottledAuthenticationProvider}), "throttled" whenever this
     * client must wait, whatever the account.
     */
    private static AuthenticationFailureHandler loginFailureHandler() {
        return (request, response, exception) -> {
            String reason = exception instanceof LoginThrottledException ? "throttled"
                    : exception instanceof LockedException ? "locked"
                    : exception instanceof DisabledException ? "disabled" : "error";
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }

    @Bean
    LoginAttempts loginAttempts(AccountService accounts, LoginThrottle throttle) {
        return new LoginAttempts(accounts, throttle);
    }

    /** Counts failed logins per client and towards the account's lock; a correct password clears them. */
    static final class LoginAttempts {

        private final AccountService accounts;

        private final LoginThrottle throttle;

        LoginAttempts(AccountService accounts, LoginThrottle throttle) {
            this.accounts = accounts;
            this.throttle = throttle;
        }

        @EventListener
        void onFailure(AuthenticationFailureBadCredentialsEvent event) {
            String client = ThrottledAuthenticationProvider.clientAddress(event.getAuthentication());
            throttle.failed(event.getAuthentication().getName(), client);
            accounts.loginFailed(event.getAuthentication().getName(), client);
        }

        @EventListener
        void onSuccess(AuthenticationSuccessEvent event) {
            throttle.succeeded(event.getAuthentication().getName(),
                    ThrottledAuthenticationProvider.clientAddress(event.getAuthentication()));
            accounts.loginSucceeded(event.getAuthentication().getName());
        }
    }
}
