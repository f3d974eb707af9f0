package vn.bdhvs.campaign.core.imports;

import java.util.List;

/** What a file brings in, and the columns each kind reads. */
public enum ImportKind {

    LEARNERS("mau-nhap-nguoi-hoc", List.of(SharedFields.COMMUNE, SharedFields.DISTRICT, SharedFields.PROVINCE,
            SharedFields.FULL_NAME, SharedFields.BIRTH_YEAR,
            new ImportField("gender", "Giới tính", List.of("Giới", "Nam/Nữ"), true, "Nữ"),
            new ImportField("group", "Nhóm đối tượng", List.of("Nhóm", "Đối tượng", "Mã nhóm"), true,
                    "Người dân trong độ tuổi trưởng thành"),
            new ImportField("phone", "Số điện thoại", List.of("Điện thoại", "SĐT", "SDT", "Di động"), false,
                    "0901234567"),
            SharedFields.CITIZEN_ID)),

    COMPLETIONS("mau-nhap-hoan-thanh", List.of(SharedFields.COMMUNE, SharedFields.DISTRICT, SharedFields.PROVINCE,
            SharedFields.FULL_NAME, SharedFields.BIRTH_YEAR, SharedFields.CITIZEN_ID,
            new ImportField("completedOn", "Ngày hoàn thành", List.of("Ngày hoàn thành khóa học", "Hoàn thành",
                    "Ngày cấp chứng nhận"), false, "15/03/2026"),
            new ImportField("vneidConfirmedOn", "Ngày xác thực VNeID", List.of("Xác thực VNeID",
                    "Ngày kích hoạt VNeID", "VNeID"), false, ""))),

    TEAMS("mau-nhap-to-cong-nghe-so", List.of(SharedFields.COMMUNE, SharedFields.DISTRICT, SharedFields.PROVINCE,
            SharedFields.TEAM_NAME,
            new ImportField("teamKind", "Loại tổ", List.of("Loại", "Loại tổ/đội"), true, "Tổ công nghệ số cộng đồng"),
            new ImportField("members", "Số thành viên", List.of("Thành viên", "Số người", "Số lượng thành viên"), true,
                    "7"),
            new ImportField("establishedOn", "Ngày thành lập", List.of("Thành lập", "Ngày ra quyết định"), false,
                    "20/05/2025"))),

    TEAM_ACTIVITIES("mau-nhap-hoat-dong-to", List.of(SharedFields.COMMUNE, SharedFields.DISTRICT,
            SharedFields.PROVINCE, SharedFields.TEAM_NAME,
            new ImportField("activityDate", "Ngày hoạt động", List.of("Ngày", "Thời gian"), true, "10/10/2025"),
            new ImportField("title", "Nội dung", List.of("Hoạt động", "Tên hoạt động"), true,
                    "Ngày Chuyển đổi số 10/10"),
            new ImportField("peopleGuided", "Số người được hướng dẫn", List.of("Người được hướng dẫn"), false, "45"),
            new ImportField("dossiersSupported", "Số hồ sơ được hỗ trợ", List.of("Hồ sơ được hỗ trợ",
                    "Số hồ sơ trực tuyến"), false, "12"),
            new ImportField("eventsHeld", "Số sự kiện", List.of("Sự kiện"), false, "1"),
            new ImportField("digitalAmbassadors", "Số đại sứ số", List.of("Đại sứ số"), false, "3"),
            new ImportField("ambassadorGuided", "Số người được đại sứ số hướng dẫn",
                    List.of("Người được đại sứ số hướng dẫn"), false, "20"))),

    ATTENDANCE("mau-nhap-diem-danh", List.of(
            new ImportField("classId", "Mã lớp", List.of("Lớp", "Số lớp", "Mã lớp học"), true, "125"),
            SharedFields.FULL_NAME, SharedFields.BIRTH_YEAR, SharedFields.CITIZEN_ID,
            new ImportField("sessionDate", "Ngày học", List.of("Buổi học", "Ngày buổi học"), false, "03/11/2025"),
            new ImportField("status", "Điểm danh", List.of("Có mặt", "Trạng thái"), false, "x")));

    private final String templateName;

    private final List<ImportField> fields;

    ImportKind(String templateName, List<ImportField> fields) {
        this.templateName = templateName;
        this.fields = fields;
    }

    /** The template's file name, without extension. */
    public String templateName() {
        return templateName;
    }

    public List<ImportField> fields() {
        return fields;
    }

    public ImportField field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name() + " has no field " + key));
    }

    /** The columns that several kinds share: where, who, which team. */
    static final class SharedFields {

        static final ImportField COMMUNE = new ImportField("commune", "Xã/phường", List.of("Mã xã", "Tên xã", "Xã",
                "Phường", "Đơn vị", "Mã xã/phường", "Xã phường"), false, "Phường Bến Thành");

        static final ImportField DISTRICT = new ImportField("district", "Huyện cũ", List.of("Quận/huyện cũ", "Huyện",
                "Quận", "Quận/huyện"), false, "");

        static final ImportField PROVINCE = new ImportField("province", "Tỉnh/thành", List.of("Tỉnh",
                "Tỉnh/thành phố", "Thành phố", "Tỉnh cũ"), false, "Thành phố Hồ Chí Minh");

        static final ImportField FULL_NAME = new ImportField("fullName", "Họ và tên", List.of("Họ tên", "Tên",
                "Họ và tên người học"), true, "Nguyễn Thị Lan");

        static final ImportField BIRTH_YEAR = new ImportField("birthYear", "Năm sinh", List.of("Năm", "NS"), true,
                "1980");

        static final ImportField TEAM_NAME = new ImportField("teamName", "Tên tổ", List.of("Tên tổ/đội", "Tổ",
                "Tên đội", "Tổ công nghệ số"), true, "Tổ công nghệ số khu phố 1");

        static final ImportField CITIZEN_ID = new ImportField("citizenId", "Số CCCD", List.of("CCCD",
                "Căn cước công dân", "Số căn cước", "Số định danh", "Số định danh cá nhân", "CCCD/CMND"), false,
                "079180001234");
    }
}
