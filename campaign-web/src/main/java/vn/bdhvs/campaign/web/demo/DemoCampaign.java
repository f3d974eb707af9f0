package vn.bdhvs.campaign.web.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.BaselineInput;
import vn.bdhvs.campaign.core.planning.BaselineRow;
import vn.bdhvs.campaign.core.planning.BaselineService;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.planning.TargetCell;
import vn.bdhvs.campaign.core.planning.TargetCellInput;
import vn.bdhvs.campaign.core.planning.TargetGrid;
import vn.bdhvs.campaign.core.planning.TargetService;

/**
 * The demo campaign: the real plans reported in the press (Bình Dương 2025 and 2026, Quảng Nam
 * 2025, both now former provinces) entered as their targets. Every population baseline here is
 * ILLUSTRATIVE: plausible orders of magnitude, not official statistics. Safe to run at every
 * start: unchanged values are not written again.
 */
@Component
@Profile("demo")
@Order(3)
class DemoCampaign implements ApplicationRunner {

    private static final Actor SYSTEM = new Actor("demo", Role.ADMIN, UnitScope.nation());

    private final TargetService targets;

    private final BaselineService baselines;

    private final PlanningCatalog catalog;

    private final GeographyService geography;

    DemoCampaign(TargetService targets, BaselineService baselines, PlanningCatalog catalog,
            GeographyService geography) {
        this.targets = targets;
        this.baselines = baselines;
        this.catalog = catalog;
        this.geography = geography;
    }

    @Override
    public void run(ApplicationArguments args) {
        long binhDuong = former("79", "Bình Dương");
        long quangNam = former("48", "Quảng Nam");
        // seed article 000: Bình Dương's plan for 2025 and 2026
        setTargets(binhDuong, 2025, Map.of("TRAINED_SHARE/PUBLIC_SECTOR", "80", "TRAINED_SHARE/STUDENTS", "100",
                "VNEID_COUNT/ADULTS", "1100000"));
        setTargets(binhDuong, 2026, Map.of("TRAINED_SHARE/PUBLIC_SECTOR", "100", "TRAINED_SHARE/STUDENTS", "100",
                "VNEID_COUNT/ADULTS", "1600000"));
        // seed article 001: Quảng Nam's plan for 2025
        setTargets(quangNam, 2025, Map.of("TRAINED_SHARE/PUBLIC_SECTOR", "80", "TRAINED_SHARE/STUDENTS", "100",
                "TRAINED_SHARE/ADULTS", "80", "VNEID_SHARE/ADULTS", "50", "TRAINED_SHARE/WORKERS", "80"));
        for (int year : new int[] { 2025, 2026 }) {
            setBaselines(binhDuong, year, Map.of("PUBLIC_SECTOR", 46_000L, "STUDENTS", 540_000L, "ADULTS", 2_150_000L,
                    "WORKERS", 1_200_000L, "ELDERLY", 190_000L));
            setBaselines(quangNam, year, Map.of("PUBLIC_SECTOR", 38_000L, "STUDENTS", 310_000L, "ADULTS", 1_050_000L,
                    "WORKERS", 260_000L, "ELDERLY", 170_000L));
        }
        hcmWardBaselines(2025);
    }

    /** Adult baselines for every ward of Hồ Chí Minh City (15,000–60,000 each), so allocation can be tried. */
    private void hcmWardBaselines(int year) {
        ProvinceSummary hcm = geography.findProvince("79").orElseThrow();
        StringBuilder csv = new StringBuilder(String.join(",", BaselineService.CSV_HEADER)).append('\n');
        long total = 0;
        for (CommuneSummary commune : geography.province(UnitScope.nation(), "79").communes()) {
            long adults = 15_000 + Math.floorMod(commune.code().hashCode() * 7919L, 45_000);
            total += adults;
            csv.append(commune.code()).append(",ADULTS,").append(year).append(',').append(adults).append('\n');
        }
        csv.append("79,ADULTS,").append(year).append(',').append(total + total / 20).append('\n');
        baselines.importCsv(SYSTEM, hcm.id(), csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void setTargets(long provinceId, int year, Map<String, String> values) {
        TargetGrid grid = targets.grid(SYSTEM, provinceId, year);
        List<TargetCellInput> inputs = new ArrayList<>();
        values.forEach((cell, value) -> {
            String[] parts = cell.split("/");
            var indicator = catalog.indicators().stream().filter(i -> i.code().equals(parts[0])).findFirst()
                    .orElseThrow();
            var group = catalog.groups().stream().filter(g -> g.code().equals(parts[1])).findFirst().orElseThrow();
            TargetCell current = grid.cell(indicator, group);
            inputs.add(new TargetCellInput(indicator.id(), group.id(), value, current == null ? null : current.version()));
        });
        targets.save(SYSTEM, provinceId, year, inputs, true);
    }

    private void setBaselines(long provinceId, int year, Map<String, Long> headCounts) {
        List<BaselineInput> inputs = new ArrayList<>();
        for (BaselineRow row : baselines.province(SYSTEM, provinceId, year).rows()) {
            Long headCount = headCounts.get(row.group().code());
            if (headCount != null) {
                inputs.add(new BaselineInput(row.group().id(), headCount.toString(), row.version()));
            }
        }
        baselines.save(SYSTEM, provinceId, null, year, inputs);
    }

    private long former(String successorCode, String name) {
        return geography.province(UnitScope.nation(), successorCode).formerProvinces().stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }
}
