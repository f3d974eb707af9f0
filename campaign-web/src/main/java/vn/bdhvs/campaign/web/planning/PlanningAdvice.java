package vn.bdhvs.campaign.web.planning;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.bdhvs.campaign.core.planning.PlanningYears;

/** The planning pages' shared model: what every page shows besides its own data. */
@ControllerAdvice(assignableTypes = { PlanningController.class, BaselineController.class,
        AllocationController.class, TargetHistoryController.class })
class PlanningAdvice {

    private static final ProvincePaths PROVINCE_PATHS = new ProvincePaths();

    /** The years of the year selector. */
    @ModelAttribute("years")
    List<Integer> years() {
        return PlanningYears.all();
    }

    /** Where each province's planning pages are. */
    @ModelAttribute("provincePaths")
    ProvincePaths provincePaths() {
        return PROVINCE_PATHS;
    }
}
