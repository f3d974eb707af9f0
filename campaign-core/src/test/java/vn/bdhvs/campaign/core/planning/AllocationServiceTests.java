package vn.bdhvs.campaign.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;

class AllocationServiceTests extends PlanningFixture {

    @Autowired
    AllocationService allocation;

    @Autowired
    TargetService targets;

    @Autowired
    BaselineService baselines;

    @Test
    void shouldSplitACountTargetByPopulationSoThatItAddsUpExactly() {
        ProvinceSummary langSon = province("20");
        Actor staff = staff(langSon);
        long adults = group("ADULTS").id();
        List<CommuneSummary> communes = geography.province(UnitScope.nation(), "20").communes();
        // every commune gets a baseline except the last, and one has zero population
        StringBuilder csv = new StringBuilder("ma_don_vi,ma_nhom,nam,so_nguoi\n");
        for (int i = 0; i < communes.size() - 1; i++) {
            csv.append(communes.get(i).code()).append(",ADULTS,2025,").append(i == 0 ? 0 : 1000 + i * 37).append('\n');
        }
        assertThat(baselines.importCsv(staff, langSon.id(), csv.toString().getBytes()).success()).isTrue();
        targets.save(staff, langSon.id(), 2025, cells(targets.grid(staff, langSon.id(), 2025), "VNEID_COUNT/ADULTS=100001"),
                false);

        SaveOutcome outcome = allocation.allocateProportionally(staff, langSon.id(), indicator("VNEID_COUNT").id(),
                adults, 2025);
        assertThat(outcome.success()).isTrue();
        AllocationView view = allocation.view(staff, langSon.id(), indicator("VNEID_COUNT").id(), adults, 2025);
        assertThat(view.allocatedSum()).isEqualByComparingTo("100001");
        assertThat(view.balanced()).isTrue();
        assertThat(view.communes().stream().filter(c -> c.commune().code().equals(communes.get(0).code())).findFirst()
                .orElseThrow().effective()).isEqualByComparingTo("0");
        assertThat(view.communes().stream().filter(c -> c.commune().code().equals(communes.get(communes.size() - 1).code()))
                .findFirst().orElseThrow().effective()).isEqualByComparingTo("0");
        assertThat(view.communes()).allSatisfy(c -> assertThat(c.stored().origin()).isEqualTo("PROPORTIONAL"));
        // running it again changes nothing
        assertThat(allocation.allocateProportionally(staff, langSon.id(), indicator("VNEID_COUNT").id(), adults, 2025)
                .saved()).isZero();
    }

    @Test
    void shouldRefuseAHandAllocationThatDoesNotAddUp() {
        ProvinceSummary quangTri = province("44");
        Actor staff = staff(quangTri);
        Indicator classes = indicator("CLASSES_HELD");
        targets.save(staff, quangTri.id(), 2025, cells(targets.grid(staff, quangTri.id(), 2025), "CLASSES_HELD=10"), false);
        AllocationView view = allocation.view(staff, quangTri.id(), classes.id(), null, 2025);
        List<CommuneValueInput> inputs = new ArrayList<>();
        view.communes().forEach(c -> inputs.add(new CommuneValueInput(c.commune().id(), "", null)));
        inputs.set(0, new CommuneValueInput(view.communes().get(0).commune().id(), "6", null));
        inputs.set(1, new CommuneValueInput(view.communes().get(1).commune().id(), "3", null));
        SaveOutcome short1 = allocation.saveManual(staff, quangTri.id(), classes.id(), null, 2025, inputs);
        assertThat(short1.errors().get("total").code()).isEqualTo("allocation.sumMismatch");
        assertThat(short1.errors().get("total").args()).containsExactly(new BigDecimal("9"), new BigDecimal("10.00"));
        assertThat(allocation.view(staff, quangTri.id(), classes.id(), null, 2025).allocatedSum()).isZero();

        inputs.set(1, new CommuneValueInput(view.communes().get(1).commune().id(), "4", null));
        assertThat(allocation.saveManual(staff, quangTri.id(), classes.id(), null, 2025, inputs).success()).isTrue();
        AllocationView saved = allocation.view(staff, quangTri.id(), classes.id(), null, 2025);
        assertThat(saved.balanced()).isTrue();
        assertThat(saved.communes().get(0).stored().origin()).isEqualTo("MANUAL");
    }

    @Test
    void shouldCopyAShareTargetDownUnlessACommuneHasItsOwn() {
        ProvinceSummary haTinh = province("42");
        Actor staff = staff(haTinh);
        Indicator share = indicator("TRAINED_SHARE");
        long elderly = group("ELDERLY").id();
        targets.save(staff, haTinh.id(), 2025, cells(targets.grid(staff, haTinh.id(), 2025), "TRAINED_SHARE/ELDERLY=50"),
                false);
        AllocationView view = allocation.view(staff, haTinh.id(), share.id(), elderly, 2025);
        assertThat(view.communes()).allSatisfy(c -> assertThat(c.effective()).isEqualByComparingTo("50"));

        CommuneSummary first = view.communes().get(0).commune();
        assertThat(allocation.saveManual(staff, haTinh.id(), share.id(), elderly, 2025,
                List.of(new CommuneValueInput(first.id(), "65", null))).success()).isTrue();
        AllocationView overridden = allocation.view(staff, haTinh.id(), share.id(), elderly, 2025);
        assertThat(overridden.communes().get(0).effective()).isEqualByComparingTo("65");
        assertThat(overridden.communes().get(1).effective()).isEqualByComparingTo("50");
        assertThat(allocation.saveManual(staff, haTinh.id(), share.id(), elderly, 2025,
                List.of(new CommuneValueInput(first.id(), "101", overridden.communes().get(0).stored().version())))
                .errors().values()).extracting(m -> m.code()).containsExactly("planning.value.percentRange");
    }

    @Test
    void shouldExplainWhyAProportionalSplitIsImpossible() {
        ProvinceSummary ngheAn = province("40");
        Actor staff = staff(ngheAn);
        Indicator vneid = indicator("VNEID_COUNT");
        long workers = group("WORKERS").id();
        assertThat(allocation.allocateProportionally(staff, ngheAn.id(), vneid.id(), workers, 2025).errors().get("total")
                .code()).isEqualTo("allocation.noProvinceTarget");
        targets.save(staff, ngheAn.id(), 2025, cells(targets.grid(staff, ngheAn.id(), 2025), "VNEID_COUNT/WORKERS=5000"),
                false);
        assertThat(allocation.allocateProportionally(staff, ngheAn.id(), vneid.id(), workers, 2025).errors().get("total")
                .code()).isEqualTo("allocation.noBaselines");
    }

    @Test
    void shouldAllocateAFormerProvincesTargetOntoTheCommunesFormedFromIt() {
        ProvinceSummary hcm = province("79");
        ProvinceSummary binhDuong = former("Bình Dương");
        Actor staff = staff(hcm);
        Indicator vneid = indicator("VNEID_COUNT");
        long adults = group("ADULTS").id();
        int year = 2027;
        targets.save(staff, binhDuong.id(), year, cells(targets.grid(staff, binhDuong.id(), year),
                "VNEID_COUNT/ADULTS=1600000"), false);
        // Thủ Dầu Một and Phú Lợi were wards of Bình Dương; Bến Thành was in the old Hồ Chí Minh City
        String csv = String.join(",", BaselineService.CSV_HEADER) + "\n25747,ADULTS," + year + ",30000\n25750,ADULTS,"
                + year + ",10000\n26743,ADULTS," + year + ",50000\n";
        baselines.importCsv(staff, hcm.id(), csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        AllocationView view = allocation.view(staff, binhDuong.id(), vneid.id(), adults, year);
        assertThat(view.provinceTarget()).isEqualByComparingTo("1600000");
        assertThat(view.communes()).extracting(row -> row.commune().code()).contains("25747", "25750")
                .doesNotContain("26743");
        assertThat(view.communes()).allMatch(row -> row.commune().provinceId() == hcm.id());
        assertThat(allocation.allocateProportionally(staff, binhDuong.id(), vneid.id(), adults, year).success()).isTrue();
        AllocationView allocated = allocation.view(staff, binhDuong.id(), vneid.id(), adults, year);
        assertThat(allocated.balanced()).isTrue();
        assertThat(allocated.communes().stream().filter(row -> row.commune().code().equals("25747")).findFirst()
                .orElseThrow().stored().value()).isEqualByComparingTo("1200000");
        // the commune targets belong to the wards' current province
        assertThat(jdbc.sql("select count(*) from kpi_target where province_id = ? and commune_id is not null and year = ?")
                .params(hcm.id(), year).query(Long.class).single()).isEqualTo(view.communes().size());
        // once the city sets its own target, that one applies everywhere and the former one is no longer allocated
        targets.save(staff, hcm.id(), year, cells(targets.grid(staff, hcm.id(), year), "VNEID_COUNT/ADULTS=5000000"),
                false);
        assertThatThrownBy(() -> allocation.view(staff, binhDuong.id(), vneid.id(), adults, year))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.code()).isEqualTo("allocation.successorHasOwnTarget"));
    }
}
