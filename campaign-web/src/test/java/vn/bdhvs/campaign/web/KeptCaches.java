package vn.bdhvs.campaign.web;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * How often a kept cache answered so far ({@code cache.gets}): a test compares the count before and
 * after a request to see whether the page or the figures were kept or rendered afresh.
 */
public final class KeptCaches {

    private KeptCaches() {
    }

    private static double gets(MeterRegistry meters, String cache, String result) {
        return meters.get("cache.gets").tag("cache", cache).tag("result", result).functionCounter().count();
    }

    /** Dashboard figures asked for, with {@code result} "hit" (kept) or "miss" (rendered afresh). */
    public static double figureGets(MeterRegistry meters, String result) {
        return gets(meters, "dashboard.figures", result);
    }

    /** Whole pages served kept (KeptPages). */
    public static double pageHits(MeterRegistry meters) {
        return gets(meters, "pages.kept", "hit");
    }
}
