package vn.bdhvs.campaign.core.geography;

import java.util.List;

/**
 * A current commune offered for a query, with the former names through which it matched
 * ("Xã Đồng Cương (huyện Yên Lạc, tỉnh Vĩnh Phúc)"), empty when its current name matched.
 */
public record CommuneSuggestion(String code, String name, String place, List<String> formerNames) {

    public CommuneSuggestion {
        formerNames = List.copyOf(formerNames);
    }

    /** "Xã Yên Lạc, tỉnh Phú Thọ". */
    public String label() {
        return place == null ? name : name + ", " + place;
    }
}
