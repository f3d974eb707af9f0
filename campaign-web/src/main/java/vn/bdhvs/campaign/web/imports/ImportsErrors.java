package vn.bdhvs.campaign.web.imports;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

import vn.bdhvs.campaign.web.error.FeatureErrors;

/**
 * The rules of the import pages: a file that cannot be read, a mapping without a required field,
 * a job changed meanwhile. Each goes back to the page it came from with its message.
 */
@ControllerAdvice(assignableTypes = ImportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportsErrors extends FeatureErrors {

    ImportsErrors() {
        super(Map.of());
    }
}
