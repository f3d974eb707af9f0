package vn.bdhvs.campaign.reporting.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import vn.bdhvs.campaign.core.geography.ProvinceSummary;

/**
 * The heading and the closing of a province's official reports (Decree 30/2020/NĐ-CP, Annex I):
 * the body above the issuer and the issuer (left column), the number's suffix ("BC-BCĐ"), the
 * place of the date line, the signer's authority, title and name, and the recipients (one a line,
 * the last one "Lưu: VT, …").
 */
public record ReportHeading(String parentBody, String issuingBody, String numberSuffix, String place,
        String signerAuthority, String signerTitle, String signerName, String recipients) {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** What a province's reports say until its staff set their own. */
    public static ReportHeading defaults(ProvinceSummary province) {
        String name = province.name();
        boolean city = name.startsWith("Thành phố ");
        String parent = "UBND " + (city ? name : "tỉnh " + name).toUpperCase(VIETNAMESE);
        String place = city && !name.equals("Thành phố Hồ Chí Minh") ? name.substring("Thành phố ".length()) : name;
        return new ReportHeading(parent, "BAN CHỈ ĐẠO PHONG TRÀO \"BÌNH DÂN HỌC VỤ SỐ\"", "BC-BCĐ", place,
                "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "- Ban Chỉ đạo Trung ương;\n- Thường trực " + (city
                        ? "Thành ủy" : "Tỉnh ủy") + ";\n- Các thành viên Ban Chỉ đạo;\n- Lưu: VT, BCĐ.");
    }

    /** The recipients, a line each, blank lines left out. */
    public List<String> recipientLines() {
        return Arrays.stream(recipients.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
