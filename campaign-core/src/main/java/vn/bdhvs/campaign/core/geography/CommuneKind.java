package vn.bdhvs.campaign.core.geography;

/** The three kinds of commune-level unit since July 2025. */
public enum CommuneKind {

    XA("Xã"), PHUONG("Phường"), DAC_KHU("Đặc khu");

    private final String prefix;

    CommuneKind(String prefix) {
        this.prefix = prefix;
    }

    /** The kind is written at the start of the official name: "Phường Sài Gòn", "Đặc khu Côn Đảo". */
    public static CommuneKind fromName(String name) {
        String key = VietnameseNames.key(name);
        if (key != null) {
            for (CommuneKind kind : values()) {
                if (key.startsWith(VietnameseNames.key(kind.prefix) + " ")) {
                    return kind;
                }
            }
        }
        throw new IllegalArgumentException("Không xác định được loại đơn vị (xã/phường/đặc khu) từ tên: " + name);
    }
}
