package vn.bdhvs.campaign.web.planning;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;

import vn.bdhvs.campaign.core.planning.PlanProvinces;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/**
 * The planning pages' old addresses, from when provinces were addressed by id
 * ({@code /planning/provinces/11/targets}), which bookmarks may still hold: moved permanently to
 * the address by code, query string kept. An unknown id, or one outside the user's scope, is not
 * found.
 */
@Controller
class MovedPlanningPages {

    private final PlanProvinces provinces;

    MovedPlanningPages(PlanProvinces provinces) {
        this.provinces = provinces;
    }

    @GetMapping("/planning/provinces/{id}/{page:targets|baselines|allocation}")
    ResponseEntity<Void> province(@CurrentUser CampaignUser user, @PathVariable long id, @PathVariable String page,
            HttpServletRequest request) {
        return moved(ProvincePaths.path(provinces.readable(user.actor(), id)) + "/" + page, request);
    }

    @GetMapping("/planning/communes/{code}/baselines")
    ResponseEntity<Void> commune(@PathVariable String code, HttpServletRequest request) {
        return moved("/communes/" + code + "/baselines", request);
    }

    private static ResponseEntity<Void> moved(String path, HttpServletRequest request) {
        String query = request.getQueryString();
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION,
                request.getContextPath() + UriUtils.encodePath(path, StandardCharsets.UTF_8)
                        + (query == null ? "" : "?" + query))
                .build();
    }
}
