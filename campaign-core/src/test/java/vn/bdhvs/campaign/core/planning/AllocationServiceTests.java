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
        assertThatThrownBy(() -> allocation.view(staff(province("79")), former("Bình Dương").id(), vneid.id(), workers, 2025))
                .isInstanceOf(DomainException.class)
                .extracting(ex -> ((DomainException) ex).code()).isEqualTo("allocation.formerProvince");
    }
}
