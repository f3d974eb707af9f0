package vn.bdhvs.campaign.core.geography;

/** A province (tỉnh) or a centrally governed city (thành phố trực thuộc trung ương). */
public enum ProvinceKind {

    TINH, THANH_PHO;

    static ProvinceKind fromName(String name) {
        String key = VietnameseNames.key(name);
        return key != null && key.startsWith("thành phố ") ? THANH_PHO : TINH;
    }
}
