package vn.bdhvs.campaign.web.teams;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

import vn.bdhvs.campaign.web.error.FeatureErrors;

/** The rules of the team pages: an activity's date on its field, the rest on the form. */
@ControllerAdvice(assignableTypes = TeamController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TeamsErrors extends FeatureErrors {

    TeamsErrors() {
        super(Map.of("activity.date.future", "activityDate"));
    }
}
