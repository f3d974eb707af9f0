package vn.bdhvs.campaign.core.geography;

/**
 * A commune as people write it: a current 5-digit code, a current name within a province, or a
 * pre-July-2025 name with its old district and/or old province. Blank parts are ignored.
 */
public record CommuneQuery(String code, String name, String district, String province) {

    public static CommuneQuery ofCode(String code) {
        return new CommuneQuery(code, null, null, null);
    }

    public static CommuneQuery ofName(String name, String district, String province) {
        return new CommuneQuery(null, name, district, province);
    }
}
