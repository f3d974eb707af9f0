package vn.bdhvs.campaign.web.geography;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.classes.ClassService;
import vn.bdhvs.campaign.core.learners.LearnerService;
import vn.bdhvs.campaign.core.teams.TeamService;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/** Provinces → communes → former units, limited to the user's scope by {@link GeographyService}. */
@Controller
class GeographyController {

    static final String PROVINCES_VIEW = "geography/provinces";

    static final String PROVINCE_VIEW = "geography/province";

    static final String COMMUNE_VIEW = "geography/commune";

    static final String SUGGESTIONS_VIEW = "geography/search :: suggestions";

    static final int PAGE_SIZE = 20;

    static final int SUGGESTIONS = 8;

    /** Longer input is no name; it is cut rather than refused, as a search box should. */
    static final int MAX_QUERY_LENGTH = 100;

    private final GeographyService geography;

    private final ClassService classes;

    private final LearnerService learners;

    private final TeamService teams;

    GeographyController(GeographyService geography, ClassService classes, LearnerService learners,
            TeamService teams) {
        this.geography = geography;
        this.classes = classes;
        this.learners = learners;
        this.teams = teams;
    }

    @GetMapping("/geography")
    String provinces(@CurrentUser CampaignUser user, @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        UnitScope scope = user.actor().scope();
        model.addAttribute("provinces", geography.currentProvinces(scope));
        String q = clip(query);
        if (q != null) {
            model.addAttribute("q", q);
            model.addAttribute("search", geography.search(scope, q, page, PAGE_SIZE));
        }
        return PROVINCES_VIEW;
    }

    @GetMapping("/geography/provinces/{code}")
    String province(@CurrentUser CampaignUser user, @PathVariable String code, Model model) {
        model.addAttribute("detail", geography.province(user.actor().scope(), code));
        return PROVINCE_VIEW;
    }

    @GetMapping("/geography/communes/{code}")
    String commune(@CurrentUser CampaignUser user, @PathVariable String code, Model model) {
        model.addAttribute("detail", geography.commune(user.actor().scope(), code));
        model.addAttribute("classFigures", classes.figures(user.actor(), code));
        model.addAttribute("learnerFigures", learners.figures(user.actor(), code));
        model.addAttribute("teamFigures", teams.figures(user.actor(), code));
        return COMMUNE_VIEW;
    }

    /** The suggestions of the commune picker (fragments/communePicker.html), fetched by htmx as the user types. */
    @GetMapping("/geography/communes/search")
    String suggestions(@CurrentUser CampaignUser user, @RequestParam(name = "q", required = false) String query,
            Model model) {
        String q = clip(query);
        model.addAttribute("q", q);
        model.addAttribute("suggestions", q == null ? java.util.List.of()
                : geography.suggestCommunes(user.actor().scope(), q, SUGGESTIONS));
        return SUGGESTIONS_VIEW;
    }

    private static String clip(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String q = query.strip();
        return q.length() > MAX_QUERY_LENGTH ? q.substring(0, MAX_QUERY_LENGTH) : q;
    }
}
