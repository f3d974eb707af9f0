package vn.bdhvs.campaign.core.imports;

/**
 * Where an import job stands. A job is uploaded ({@code READY}: its mapping to confirm), checked
 * in a dry run, then imported; a check or import that could not finish is {@code FAILED}, with
 * nothing written, and can be run again.
 */
public enum ImportJobStatus {

    READY, CHECKING, CHECKED, IMPORTING, IMPORTED, FAILED;

    /** Whether the job is being worked on in the background (the page refreshes itself). */
    public boolean running() {
        return this == CHECKING || this == IMPORTING;
    }
}
