package vn.bdhvs.campaign.web.classes;

import org.springframework.stereotype.Component;

import vn.bdhvs.campaign.core.classes.ClassService;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.reporting.progress.DataVersions;

/**
 * The data version of the commune a page shows, found from the page's address (a commune's code, a
 * class, a session): what the commune's pages are kept under (KeptPages). Two indexed statements
 * outside any transaction; an address that names nothing is a 404. It checks no scope: a kept page
 * is kept per user, and the user's first request rendered it through the services' checks.
 */
@Component
public class CommuneVersions {

    private final GeographyService geography;

    private final ClassService classes;

    private final DataVersions versions;

    CommuneVersions(GeographyService geography, ClassService classes, DataVersions versions) {
        this.geography = geography;
        this.classes = classes;
        this.versions = versions;
    }

    public DataVersions.Version ofCommune(String code) {
        return versions.commune(geography.findCommune(code).orElseThrow(() -> new NotFoundException("commune", code))
                .id());
    }

    DataVersions.Version ofClass(long classId) {
        return versions.commune(classes.communeOfClass(classId)
                .orElseThrow(() -> new NotFoundException("class", classId)));
    }

    DataVersions.Version ofSession(long sessionId) {
        return versions.commune(classes.communeOfSession(sessionId)
                .orElseThrow(() -> new NotFoundException("session", sessionId)));
    }
}
