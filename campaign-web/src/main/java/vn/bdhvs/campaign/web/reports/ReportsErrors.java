package vn.bdhvs.campaign.web.reports;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

import vn.bdhvs.campaign.web.error.FeatureErrors;

/** The rules of the report pages: a heading with a blank or too long line, a heading changed meanwhile. */
@ControllerAdvice(assignableTypes = ReportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportsErrors extends FeatureErrors {

    ReportsErrors() {
        super(Map.of());
    }
}
