package vn.bdhvs.campaign.web.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.bdhvs.campaign.core.boundaries.BoundaryService;
import vn.bdhvs.campaign.reporting.progress.Dashboards;
import vn.bdhvs.campaign.reporting.progress.ProgressValue;
import vn.bdhvs.campaign.web.layout.PageJson;

/** The data the dashboards' scripts draw from: the charts' series and the province's map. */
@Component
class DashboardScripts {

    private final PageJson pageJson;

    private final JsonMapper json;

    private final BoundaryService boundaries;

    DashboardScripts(PageJson pageJson, JsonMapper json, BoundaryService boundaries) {
        this.pageJson = pageJson;
        this.json = json;
        this.boundaries = boundaries;
    }

    /** The data behind the charts, for charts.js; the same figures are in the page's tables. */
    PageJson.ScriptJson charts(ProgressValue focus, List<Dashboards.MonthPoint> monthly,
            List<ProgressValue> byGroup, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("months", monthly.stream().map(Dashboards.MonthPoint::month).toList());
        data.put("measures", monthly.stream().map(Dashboards.MonthPoint::measure).toList());
        data.put("target", focus.target());
        String language = locale.getLanguage();
        data.put("groups", byGroup.stream().map(v -> v.group().code()).toList());
        data.put("groupNames", byGroup.stream().map(v -> v.group().name(language)).toList());
        data.put("groupMeasures", byGroup.stream().map(ProgressValue::measure).toList());
        data.put("groupTargets", byGroup.stream().map(ProgressValue::target).toList());
        return pageJson.write(data);
    }

    /** The province's boundaries (already normalised) and each commune's name, status and % for the choropleth. */
    PageJson.ScriptJson map(Dashboards.Province dashboard) {
        return boundaries.boundaries(dashboard.province().id()).map(geojson -> map(geojson, dashboard.communes()))
                .orElse(null);
    }

    private PageJson.ScriptJson map(String geojson, List<Dashboards.CommuneProgress> communes) {
        Map<String, Object> byCode = new LinkedHashMap<>();
        for (Dashboards.CommuneProgress c : communes) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("name", c.commune().name());
            value.put("status", c.value().status().name());
            value.put("percent", c.value().percentOfTarget());
            byCode.put(c.commune().code(), value);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("geojson", json.readTree(geojson));
        data.put("communes", byCode);
        return pageJson.write(data);
    }
}
