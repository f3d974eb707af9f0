package vn.bdhvs.campaign.web.geography;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import vn.bdhvs.campaign.core.geography.CommuneQuery;
import vn.bdhvs.campaign.core.geography.CommuneResolution;
import vn.bdhvs.campaign.core.geography.CommuneResolver;
import vn.bdhvs.campaign.core.geography.CommuneSuggestion;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.geography.VietnameseNames;

/**
 * The server side of the commune picker ({@code fragments/communePicker.html}). With JavaScript the
 * picker fills in the code of a suggestion; without it, people type a name, so whatever the field
 * holds (a current or pre-2025 code, a current or former name, with or without marks) is resolved
 * here through {@link CommuneResolver}: one commune is accepted, several are listed on the field,
 * never guessed between. Communes outside the caller's scope do not exist here.
 */
@Component
public class CommunePicker {

    private static final Pattern CODE = Pattern.compile("[0-9]{5}");

    /** How many candidates an ambiguous name lists; more would not help anyone choose. */
    private static final int LISTED = 8;

    private final CommuneResolver resolver;

    private final GeographyService geography;

    CommunePicker(CommuneResolver resolver, GeographyService geography) {
        this.resolver = resolver;
        this.geography = geography;
    }

    /**
     * The current code of the commune typed into {@code field}, or null when the field is blank or
     * has been rejected. {@code provinceCode}, when given, narrows a name down to that province.
     */
    public String resolve(UnitScope scope, String typed, String provinceCode, Errors errors, String field) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            return null;
        }
        CommuneResolution resolution;
        Optional<ProvinceSummary> province = Optional.empty();
        if (CODE.matcher(value).matches()) {
            resolution = resolver.resolve(CommuneQuery.ofCode(value));
            if (resolution.status() == CommuneResolution.Status.NOT_FOUND) {
                // an unknown code is reported by the form's own check, in its own words
                return value;
            }
        }
        else {
            province = provinceCode == null || provinceCode.isBlank() ? Optional.empty()
                    : geography.findProvince(provinceCode.strip()).filter(p -> !p.former());
            resolution = resolver.resolve(CommuneQuery.ofName(value, null, province.map(ProvinceSummary::name)
                    .orElse(null)));
        }
        List<CommuneSummary> candidates = resolution.candidates().stream()
                .filter(c -> scope.includesCommune(c.provinceId(), c.id())).toList();
        if (candidates.size() == 1) {
            return candidates.get(0).code();
        }
        if (candidates.isEmpty()) {
            if (province.isPresent()) {
                errors.rejectValue(field, "geo.picker.notFoundInProvince", new Object[] { value, province.get().name() },
                        null);
            }
            else {
                errors.rejectValue(field, "geo.picker.notFound", new Object[] { value }, null);
            }
        }
        else {
            String listed = candidates.stream().limit(LISTED).map(CommunePicker::label)
                    .collect(Collectors.joining("; ")) + (candidates.size() > LISTED ? "; …" : "");
            errors.rejectValue(field, "geo.picker.ambiguous", new Object[] { candidates.size(), value, listed }, null);
        }
        return null;
    }

    /** The commune a field's value names, when it is the code of a current commune in scope: shown as chosen. */
    public CommuneSuggestion chosen(UnitScope scope, String value) {
        if (value == null || !CODE.matcher(value.strip()).matches()) {
            return null;
        }
        return geography.findCommune(value.strip()).filter(c -> scope.includesCommune(c.provinceId(), c.id()))
                .map(c -> new CommuneSuggestion(c.code(), c.name(), VietnameseNames.inSentence(c.provinceName(), true),
                        List.of()))
                .orElse(null);
    }

    private static String label(CommuneSummary commune) {
        return commune.name() + ", " + VietnameseNames.inSentence(commune.provinceName(), true) + " (" + commune.code()
                + ")";
    }
}
