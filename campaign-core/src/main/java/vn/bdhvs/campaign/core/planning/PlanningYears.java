package vn.bdhvs.campaign.core.planning;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;

import vn.bdhvs.campaign.core.common.DomainException;

/** The campaign's planning horizon. */
public final class PlanningYears {

    public static final int FIRST = 2024;

    public static final int LAST = 2035;

    private PlanningYears() {
    }

    /** Every year of the horizon, in order: the years a user may choose. */
    public static List<Integer> all() {
        return IntStream.rangeClosed(FIRST, LAST).boxed().toList();
    }

    /** The year a user chose, or the current year when they chose none. */
    public static int chosenOrCurrent(Integer year, Clock clock) {
        return year == null ? Year.now(clock).getValue() : year;
    }

    public static boolean contains(int year) {
        return year >= FIRST && year <= LAST;
    }

    public static void check(int year) {
        if (!contains(year)) {
            throw new DomainException("planning.year.outOfRange", String.valueOf(year), FIRST, LAST);
        }
    }
}
