package vn.bdhvs.campaign.core.geography;

import java.util.List;

/**
 * A pre-July-2025 commune that became (part of) a current commune. {@code alsoBecame} lists the
 * other current communes it was split into, if any.
 */
public record FormerUnit(String oldCode, String oldName, String oldDistrict, String oldProvince,
        List<String> alsoBecame) {
}
