package vn.bdhvs.campaign.core.common;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses a form submitted twice. Each create form carries a random token; claiming it joins the
 * caller's transaction, so a failed save releases the token and the user can submit again.
 */
@Component
public class SubmissionGuard {

    private final JdbcClient jdbc;

    private final Clock clock;

    SubmissionGuard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void claim(String token, String username) {
        if (token == null || !token.matches("[A-Za-z0-9-]{16,64}")) {
            throw new DomainException("form.tokenMissing");
        }
        try {
            jdbc.sql("insert into form_submission (token, submitted_at, submitted_by) values (?, ?, ?)")
                    .params(token, OffsetDateTime.now(clock), username).update();
        }
        catch (DuplicateKeyException ex) {
            throw new DomainException("form.alreadySubmitted");
        }
    }
}
