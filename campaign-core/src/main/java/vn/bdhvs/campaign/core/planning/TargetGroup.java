package vn.bdhvs.campaign.core.planning;

/** A population group targets are set for. Data, not an enum: administrators add more. */
public record TargetGroup(long id, String code, String nameVi, String nameEn, boolean active) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
