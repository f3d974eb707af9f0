package vn.bdhvs.campaign.web.geography;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.training.TrainingService;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/** Provinces → communes → former units, limited to the user's scope by {@link GeographyService}. */
@Controller
class GeographyController {

    static final String PROVINCES_VIEW = "geography/provinces";

    static final String PROVINCE_VIEW = "geography/province";

    static final String COMMUNE_VIEW = "geography/commune";

    private final GeographyService geography;

    private final TrainingService training;

    GeographyController(GeographyService geography, TrainingService training) {
        this.geography = geography;
        this.training = training;
    }

    @GetMapping("/geography")
    String provinces(@CurrentUser CampaignUser user, Model model) {
        model.addAttribute("provinces", geography.currentProvinces(user.actor().scope()));
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
        model.addAttribute("figures", training.figures(user.actor(), code));
        return COMMUNE_VIEW;
    }
}
