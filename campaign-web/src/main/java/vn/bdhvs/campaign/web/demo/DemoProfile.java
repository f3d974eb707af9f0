package vn.bdhvs.campaign.web.demo;

import vn.bdhvs.campaign.core.demo.DemoHistoryGenerator;

/**
 * The demo profile as the templates see it: its presence shows the demo banner. Not a simple
 * value, so it never ends up in a redirect's query string; it asks the database only when a page
 * asks about a map.
 */
public final class DemoProfile {

    private final DemoHistoryGenerator generator;

    DemoProfile(DemoHistoryGenerator generator) {
        this.generator = generator;
    }

    /** Whether the province's map is the generated schematic (one square per commune), not real boundaries. */
    public boolean schematicMap(long provinceId) {
        return generator.schematicMapProvinces().contains(provinceId);
    }
}
