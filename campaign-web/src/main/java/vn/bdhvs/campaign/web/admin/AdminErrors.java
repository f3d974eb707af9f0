package vn.bdhvs.campaign.web.admin;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

import vn.bdhvs.campaign.core.accounts.AccountException;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.web.error.FeatureErrors;

/**
 * The rules of the administration pages: an account rule names its own field, a taken group code
 * belongs to the code field; uploads and account switches go back to their page with the message.
 */
@ControllerAdvice(assignableTypes = { UserAdminController.class, TargetGroupAdminController.class,
        ReferenceDataController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminErrors extends FeatureErrors {

    AdminErrors() {
        super(Map.of("group.code.taken", "code"));
    }

    @Override
    protected String field(DomainException ex) {
        return ex instanceof AccountException account ? account.field() : super.field(ex);
    }
}
