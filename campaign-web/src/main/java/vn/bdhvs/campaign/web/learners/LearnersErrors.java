package vn.bdhvs.campaign.web.learners;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

import vn.bdhvs.campaign.web.error.FeatureErrors;

/** The rules of the learner pages, each on the field it concerns. */
@ControllerAdvice(assignableTypes = LearnerController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LearnersErrors extends FeatureErrors {

    LearnersErrors() {
        super(Map.of("learner.birthYear.range", "birthYear", "learner.citizenId.invalid", "citizenId",
                "learner.citizenId.rateLimited", "citizenId", "learner.group.unknown", "groupId"));
    }
}
