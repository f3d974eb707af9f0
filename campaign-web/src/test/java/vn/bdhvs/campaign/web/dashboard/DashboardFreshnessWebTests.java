package vn.bdhvs.campaign.web.dashboard;

import static vn.bdhvs.campaign.web.KeptCaches.figureGets;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.bdhvs.campaign.web.dashboard.DashboardPages.read;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.bdhvs.campaign.web.CampaignWebTest;

/**
 * The province and commune dashboards keep their figures per data version, and every write moves
 * the version in its own transaction: whatever path a write takes (here plain SQL, as another
 * instance, an import or a fix typed in psql would), the next request shows it. Figures are kept
 * while nothing they show changes, also when another province changes, and are the same for every
 * user, while the page around them is each user's own.
 */
@CampaignWebTest
@WithUserDetails("bcd.hcm")
class DashboardFreshnessWebTests {

    static final String WARD = "26743";

    static final String ELSEWHERE = "00004";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Clock clock;

    @Autowired
    UserDetailsService users;

    @Autowired
    TransactionTemplate transactions;

    final List<String> added = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestsWrote() {
        for (String commune : added) {
            addClassesHeld(commune, -7000);
        }
        added.clear();
        jdbc.sql("delete from progress_counter where metric = 'CLASSES_HELD' and value = 0").update();
        jdbc.sql("delete from training_class where title = 'Lớp thử độ tươi của số liệu'").update();
        jdbc.sql("update commune set name = replace(name, ' (đổi tên)', '') where code = ?").param(WARD).update();
    }

    @Test
    void shouldShowEveryWriteOnTheNextRequestWhateverPathItTook() throws Exception {
        String province = "/dashboard/provinces/79?indicator=CLASSES_HELD";
        long before = actual(read(mvc, province, "ben thanh"));
        assertThat(actual(read(mvc, province, "ben thanh"))).isEqualTo(before);

        add7000ClassesHeld(WARD);
        assertThat(actual(read(mvc, province, "ben thanh"))).isEqualTo(before + 7000);
        String communeFocus = "/dashboard/communes/" + WARD + "?indicator=CLASSES_HELD";
        assertThat(focus(read(mvc, communeFocus))).contains(NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(before + 7000));

        jdbc.sql("update commune set name = name || ' (đổi tên)' where code = ?").param(WARD).update();
        assertThat(read(mvc, province, "ben thanh")).contains("Phường Bến Thành (đổi tên)");

        String commune = "/dashboard/communes/" + WARD;
        assertThat(read(mvc, commune)).doesNotContain("Lớp thử độ tươi của số liệu");
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                insert into training_class (commune_id, title, topic, format, organiser, start_date, end_date, capacity,
                    status, created_at, created_by)
                select id, 'Lớp thử độ tươi của số liệu', 'VNEID', 'IN_PERSON', 'GOVERNMENT', ?, ?, 30, 'PLANNED', ?, 'test'
                from commune where code = ?
                """).params(today, today, OffsetDateTime.now(clock), WARD).update();
        assertThat(read(mvc, commune)).contains("Lớp thử độ tươi của số liệu");
    }

    @Test
    void shouldKeepTheFiguresWhileNothingTheyShowChanges() throws Exception {
        String province = "/dashboard/provinces/79?indicator=CLASSES_HELD";
        read(mvc, province, "ben thanh");
        double hits = figureGets(meters, "hit");
        double misses = figureGets(meters, "miss");
        read(mvc, province, "ben thanh");
        assertThat(figureGets(meters, "hit")).isEqualTo(hits + 1);

        add7000ClassesHeld(ELSEWHERE);
        read(mvc, province, "ben thanh");
        assertThat(figureGets(meters, "hit")).as("a write in Hà Nội keeps Hồ Chí Minh City's figures").isEqualTo(hits + 2);
        assertThat(figureGets(meters, "miss")).isEqualTo(misses);

        add7000ClassesHeld(WARD);
        read(mvc, province, "ben thanh");
        assertThat(figureGets(meters, "miss")).isEqualTo(misses + 1);
    }

    @Test
    void shouldRenderOnlyTheFiguresOnceForEveryoneAndThePageAroundThemForEachUser() throws Exception {
        String province = "/dashboard/provinces/79?indicator=CLASSES_HELD";
        String staff = mvc.perform(get(province).with(user(users.loadUserByUsername("bcd.hcm"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        double hits = figureGets(meters, "hit");
        String manager = mvc.perform(get(province).with(user(users.loadUserByUsername("quanly.hcm"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(figureGets(meters, "hit")).isEqualTo(hits + 1);
        assertThat(signedInAs(staff)).isNotEqualTo(signedInAs(manager));
        assertThat(ranking(manager)).isEqualTo(ranking(staff));
    }

    @Test
    void shouldTakeAMovedCommunesVersionToItsNewProvinceInTheSameStatement() {
        transactions.executeWithoutResult(status -> {
            addClassesHeld(WARD, 7000);
            jdbc.sql("update commune set province_id = (select province_id from commune where code = ?) where code = ?")
                    .params(ELSEWHERE, WARD).update();
            assertThat(jdbc.sql("""
                    select v.province_id = c.province_id from data_version v join commune c on c.id = v.commune_id
                    where c.code = ?
                    """).param(WARD).query(Boolean.class).single()).isTrue();
            status.setRollbackOnly();
        });
    }

    private static String signedInAs(String page) {
        Matcher matcher = Pattern.compile("id=\"signed-in-as\">(.*?)</li>", Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("who is signed in").isTrue();
        return matcher.group(1);
    }

    private static String ranking(String page) {
        return page.substring(page.indexOf("id=\"dashboard-filter\""), page.indexOf("</section>"));
    }

    private void add7000ClassesHeld(String communeCode) {
        addClassesHeld(communeCode, 7000);
        added.add(communeCode);
    }

    private void addClassesHeld(String communeCode, long value) {
        jdbc.sql("""
                insert into progress_counter (commune_id, group_id, month, metric, value, updated_at)
                select id, null, date_trunc('month', cast(? as date)), 'CLASSES_HELD', ?, now() from commune where code = ?
                on conflict (commune_id, group_id, month, metric) do update set value = progress_counter.value + excluded.value
                """).params(LocalDate.now(clock), value, communeCode).update();
    }

    private static String focus(String page) {
        Matcher matcher = Pattern.compile("<p id=\"focus-summary\">(.*?)</p>", Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("the focused figure").isTrue();
        return matcher.group(1);
    }

    /** The ward's figure in the province's ranking. */
    private static long actual(String page) {
        Matcher matcher = Pattern.compile("<tr id=\"rank-" + WARD + "\".*?class=\"text-end actual\" data-value=\"(\\d+)\"",
                Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("the ward's row").isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
