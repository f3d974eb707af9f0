package vn.bdhvs.campaign.core.teams;

import java.time.LocalDate;

import vn.bdhvs.campaign.core.common.DomainException;

/** When a team and its activities are dated. */
final class TeamRules {

    private TeamRules() {
    }

    /** A team counts from the day it was established, or from today if that day is not known; never from the future. */
    static LocalDate registeredOn(LocalDate establishedOn, LocalDate today) {
        if (establishedOn != null && establishedOn.isAfter(today)) {
            throw new DomainException("team.establishedOn.future");
        }
        return establishedOn != null ? establishedOn : today;
    }

    /** An activity is reported once it took place. */
    static void checkActivityDate(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new DomainException("activity.date.future");
        }
    }
}
