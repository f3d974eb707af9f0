package vn.bdhvs.campaign.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.common.ConcurrentChangeException;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;

class TargetServiceTests extends PlanningFixture {

    @Autowired
    TargetService targets;

    @Test
    void shouldSaveAWholeGridInOneGo() {
        ProvinceSummary hanoi = province("01");
        TargetGrid grid = targets.grid(staff(hanoi), hanoi.id(), 2025);
        SaveOutcome outcome = targets.save(staff(hanoi), hanoi.id(), 2025,
                cells(grid, "TRAINED_SHARE/PUBLIC_SECTOR=80", "TRAINED_SHARE/STUDENTS=100", "VNEID_COUNT/ADULTS=1.100.000",
                        "CLASSES_HELD=1200"), false);
        assertThat(outcome.success()).isTrue();
        assertThat(outcome.saved()).isEqualTo(4);
        TargetGrid saved = targets.grid(manager(hanoi), hanoi.id(), 2025);
        assertThat(saved.cell(indicator("VNEID_COUNT"), group("ADULTS")).value()).isEqualByComparingTo("1100000");
        assertThat(saved.cell(indicator("CLASSES_HELD"), null).value()).isEqualByComparingTo("1200");
        assertThat(saved.editable()).isFalse();
    }

    @Test
    void shouldReportEveryBadCellAndSaveNothing() {
        ProvinceSummary haiPhong = province("31");
        TargetGrid grid = targets.grid(staff(haiPhong), haiPhong.id(), 2025);
        SaveOutcome outcome = targets.save(staff(haiPhong), haiPhong.id(), 2025,
                cells(grid, "TRAINED_SHARE/PUBLIC_SECTOR=120", "TRAINED_SHARE/STUDENTS=tám mươi",
                        "VNEID_COUNT/ADULTS=-5", "CLASSES_HELD=2,5", "TRAINED_SHARE/ADULTS=80"),
                false);
        assertThat(outcome.success()).isFalse();
        assertThat(outcome.errors().values()).extracting(m -> m.code()).containsExactlyInAnyOrder(
                "planning.value.percentRange", "planning.value.notNumber", "planning.value.negative",
                "planning.value.wholeNumber");
        assertThat(outcome.errors()).containsKey(TargetGrid.key(indicator("TRAINED_SHARE").id(), group("PUBLIC_SECTOR").id()));
        // the valid cell of the same submission was not saved either
        assertThat(targets.grid(staff(haiPhong), haiPhong.id(), 2025).isEmpty()).isTrue();
    }

    @Test
    void shouldAskForConfirmationWhenACumulativeTargetFallsBelowThePreviousYear() {
        ProvinceSummary hue = province("46");
        Actor staff = staff(hue);
        targets.save(staff, hue.id(), 2025, cells(targets.grid(staff, hue.id(), 2025), "TRAINED_SHARE/ADULTS=80"), false);
        TargetGrid grid2026 = targets.grid(staff, hue.id(), 2026);
        SaveOutcome unconfirmed = targets.save(staff, hue.id(), 2026, cells(grid2026, "TRAINED_SHARE/ADULTS=70"), false);
        assertThat(unconfirmed.needsConfirmation()).isTrue();
        assertThat(unconfirmed.warnings().values()).extracting(m -> m.code())
                .containsExactly("planning.warning.belowPreviousYear");
        assertThat(targets.grid(staff, hue.id(), 2026).isEmpty()).isTrue();

        SaveOutcome confirmed = targets.save(staff, hue.id(), 2026, cells(grid2026, "TRAINED_SHARE/ADULTS=70"), true);
        assertThat(confirmed.success()).isTrue();
        assertThat(targets.grid(staff, hue.id(), 2026).cell(indicator("TRAINED_SHARE"), group("ADULTS")).value())
                .isEqualByComparingTo("70");
    }

    @Test
    void shouldRefuseToOverwriteAChangeMadeMeanwhile() {
        ProvinceSummary quangNinh = province("22");
        Actor first = staff(quangNinh);
        Actor second = new Actor("bcd.22.b", Role.PROVINCE_STAFF, UnitScope.province(quangNinh.id()));
        TargetGrid seenByBoth = targets.grid(first, quangNinh.id(), 2025);
        targets.save(first, quangNinh.id(), 2025, cells(seenByBoth, "TRAINED_SHARE/ADULTS=80"), false);
        assertThatThrownBy(() -> targets.save(second, quangNinh.id(), 2025,
                cells(seenByBoth, "TRAINED_SHARE/ADULTS=60", "CLASSES_HELD=10"), false))
                .isInstanceOf(ConcurrentChangeException.class);
        TargetGrid now = targets.grid(first, quangNinh.id(), 2025);
        assertThat(now.cell(indicator("TRAINED_SHARE"), group("ADULTS")).value()).isEqualByComparingTo("80");
        assertThat(now.cell(indicator("CLASSES_HELD"), null)).isNull();

        // after a reload the second user's change goes through, and a blank cell removes its target
        targets.save(second, quangNinh.id(), 2025, cells(now, "TRAINED_SHARE/ADULTS=", "CLASSES_HELD=10"), false);
        assertThat(targets.grid(first, quangNinh.id(), 2025).cell(indicator("TRAINED_SHARE"), group("ADULTS"))).isNull();
    }

    @Test
    void shouldKeepAFormerProvincesTargetsAndShowThemUnderItsSuccessor() {
        ProvinceSummary hcm = province("79");
        ProvinceSummary binhDuong = former("Bình Dương");
        Actor hcmStaff = staff(hcm);
        targets.save(hcmStaff, binhDuong.id(), 2025, cells(targets.grid(hcmStaff, binhDuong.id(), 2025),
                "TRAINED_SHARE/PUBLIC_SECTOR=80", "VNEID_COUNT/ADULTS=1100000"), false);
        TargetGrid hcmGrid = targets.grid(manager(hcm), hcm.id(), 2025);
        TargetGrid binhDuongGrid = hcmGrid.formerProvinces().stream()
                .filter(g -> g.province().id() == binhDuong.id()).findFirst().orElseThrow();
        assertThat(binhDuongGrid.province().successorName()).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(binhDuongGrid.cell(indicator("VNEID_COUNT"), group("ADULTS")).value())
                .isEqualByComparingTo("1100000");
        assertThat(binhDuongGrid.editable()).isFalse();
        // kept as entered: the successor's own grid does not absorb it
        assertThat(hcmGrid.cell(indicator("VNEID_COUNT"), group("ADULTS"))).isNull();
        // staff of another province cannot see it
        assertThatThrownBy(() -> targets.grid(staff(province("01")), binhDuong.id(), 2025))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldLetOnlySteeringCommitteeStaffEdit() {
        ProvinceSummary laoCai = province("15");
        TargetGrid grid = targets.grid(staff(laoCai), laoCai.id(), 2025);
        assertThatThrownBy(() -> targets.save(manager(laoCai), laoCai.id(), 2025, cells(grid, "CLASSES_HELD=5"), false))
                .isInstanceOf(ForbiddenException.class);
        Actor official = new Actor("xa", Role.COMMUNE_OFFICIAL, UnitScope.commune(laoCai.id(), 1L));
        assertThatThrownBy(() -> targets.grid(official, laoCai.id(), 2025)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> targets.grid(staff(laoCai), laoCai.id(), 2040)).isInstanceOf(DomainException.class)
                .extracting(ex -> ((DomainException) ex).code()).isEqualTo("planning.year.outOfRange");
    }

    @Test
    void shouldKeepTheHistoryOfATarget() {
        ProvinceSummary camau = province("96");
        Actor staff = staff(camau);
        targets.save(staff, camau.id(), 2025, cells(targets.grid(staff, camau.id(), 2025), "TRAINED_SHARE/ELDERLY=30"), false);
        targets.save(staff, camau.id(), 2025, cells(targets.grid(staff, camau.id(), 2025), "TRAINED_SHARE/ELDERLY=35"), false);
        long id = targets.grid(staff, camau.id(), 2025).cell(indicator("TRAINED_SHARE"), group("ELDERLY")).id();
        TargetHistory history = targets.history(staff, id);
        assertThat(history.entries()).extracting(e -> e.action()).containsExactly("UPDATE", "CREATE");
        assertThat(new BigDecimal(history.entries().get(0).before().get("value").toString())).isEqualByComparingTo("30");
        assertThat(new BigDecimal(history.entries().get(0).after().get("value").toString())).isEqualByComparingTo("35");
        assertThat(history.entries().get(0).actor()).isEqualTo("bcd.96");
        assertThatThrownBy(() -> targets.history(staff(province("01")), id)).isInstanceOf(NotFoundException.class);
        assertThat(List.of(history.province().code())).containsExactly("96");
    }
}
