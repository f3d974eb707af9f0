package vn.bdhvs.campaign.core.classes;

/** The classes a commune recorded (cancelled ones left out), their sessions and enrolments. */
public record ClassFigures(int classes, int sessions, int enrollments) {
}
