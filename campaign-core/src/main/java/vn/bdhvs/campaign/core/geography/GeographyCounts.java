package vn.bdhvs.campaign.core.geography;

public record GeographyCounts(int currentProvinces, int formerProvinces, int currentCommunes, int lineageRows) {
}
