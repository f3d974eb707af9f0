package vn.bdhvs.campaign.core.imports;

import java.util.List;

/** What a file brings in, and the columns each kind reads. */
public enum ImportKind {

    LEARNERS("mau-nhap-nguoi-hoc", List.of(PersonFields.COMMUNE, PersonFields.DISTRICT, PersonFields.PROVINCE,
            PersonFields.FULL_NAME, PersonFields.BIRTH_YEAR,
            new ImportField("gender", "Giới tính", List.of("Giới", "Nam/Nữ"), true, "Nữ"),
            new ImportField("group", "Nhóm đối tượng", List.of("Nhóm", "Đối tượng", "Mã nhóm"), true,
                    "Người dân trong độ tuổi trưởng thành"),
            new ImportField("phone", "Số điện thoại", List.of("Điện thoại", "SĐT", "SDT", "Di động"), false,
                    "0901234567"),
            PersonFields.CITIZEN_ID)),

    COMPLETIONS("mau-nhap-hoan-thanh", List.of(PersonFields.COMMUNE, PersonFields.DISTRICT, PersonFields.PROVINCE,
            PersonFields.FULL_NAME, PersonFields.BIRTH_YEAR, PersonFields.CITIZEN_ID,
            new ImportField("completedOn", "Ngày hoàn thành", List.of("Ngày hoàn thành khóa học", "Hoàn thành",
                    "Ngày cấp chứng nhận"), false, "15/03/2026"),
            new ImportField("vneidConfirmedOn", "Ngày xác thực VNeID", List.of("Xác thực VNeID",
                    "Ngày kích hoạt VNeID", "VNeID"), false, "")));

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

    /** The columns that say who a person is and where they live, the same in every kind about learners. */
    private static final class PersonFields {

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

        static final ImportField CITIZEN_ID = new ImportField("citizenId", "Số CCCD", List.of("CCCD",
                "Căn cước công dân", "Số căn cước", "Số định danh", "Số định danh cá nhân", "CCCD/CMND"), false,
                "079180001234");
    }
}
