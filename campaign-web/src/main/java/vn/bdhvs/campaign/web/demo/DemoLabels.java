package vn.bdhvs.campaign.web.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.bdhvs.campaign.core.demo.DemoHistoryGenerator;

/**
 * Tells every page that it shows demo data (the layout's banner), and the province dashboard
 * whether its map is the generated schematic rather than real boundaries. Only in the demo profile.
 */
@ControllerAdvice
@Profile("demo")
class DemoLabels {

    private final DemoHistoryGenerator generator;

    DemoLabels(DemoHistoryGenerator generator) {
        this.generator = generator;
    }

    @ModelAttribute("demoProfile")
    DemoProfile demoProfile() {
        return new DemoProfile(generator);
    }
}
