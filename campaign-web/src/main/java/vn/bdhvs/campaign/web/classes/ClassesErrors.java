package vn.bdhvs.campaign.web.classes;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

import vn.bdhvs.campaign.web.error.FeatureErrors;

/** The rules of the class pages: dates belong to the end date field; actions go back to their class. */
@ControllerAdvice(assignableTypes = { ClassController.class, AttendanceController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClassesErrors extends FeatureErrors {

    ClassesErrors() {
        super(Map.of("class.endBeforeStart", "endDate", "class.sessionsOutside", "endDate"));
    }
}
