package vn.bdhvs.campaign.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.bdhvs.campaign.web.CampaignWebTest;

/** The group bar chart keeps long Vietnamese group names readable: horizontal bars, wrapped names, room for each. */
@CampaignWebTest
class GroupChartBrowserTests {

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void shouldDrawTheGroupsAsHorizontalBarsWithEveryNameOnItsOwnWrappedLines() {
        try (BrowserSession staff = new BrowserSession(port).logIn("bcd.hcm")) {
            staff.open("/dashboard/provinces/79?indicator=TRAINED_SHARE");
            int groups = staff.page.locator("#group-table tbody tr").count();
            assertThat(groups).isGreaterThanOrEqualTo(5);
            assertThat(staff.page.locator("#group-table")).containsText("Cán bộ, công chức, viên chức");
            Map<String, Object> chart = (Map<String, Object>) staff.page.evaluate("""
                    () => {
                      const canvas = document.getElementById('group-chart');
                      const chart = Chart.getChart(canvas);
                      const y = chart.scales.y;
                      return { indexAxis: chart.config.options.indexAxis, height: canvas.clientHeight,
                               labels: chart.data.labels, ticks: y.ticks.length,
                               labelArea: y.width, plotWidth: chart.chartArea.right - chart.chartArea.left };
                    }
                    """);
            assertThat(chart.get("indexAxis")).isEqualTo("y");
            // every group has its tick (none skipped for lack of room), and long names are wrapped
            assertThat(((Number) chart.get("ticks")).intValue()).isEqualTo(groups);
            List<Object> labels = (List<Object>) chart.get("labels");
            assertThat(labels).hasSize(groups).allSatisfy(label -> assertThat(label).isInstanceOf(List.class));
            assertThat(labels).anySatisfy(label -> assertThat((List<Object>) label).hasSizeGreaterThan(1));
            // enough height for two bars per group, and the bars keep most of the width
            assertThat(((Number) chart.get("height")).intValue()).isGreaterThanOrEqualTo(groups * 44);
            assertThat(((Number) chart.get("plotWidth")).doubleValue())
                    .isGreaterThan(((Number) chart.get("labelArea")).doubleValue());
            staff.page.locator(".group-chart-box").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(BrowserSession.SCREENSHOTS.resolve("group-chart.png")));
        }
    }
}
