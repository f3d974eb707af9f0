package vn.bdhvs.campaign.core.geography;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns unit names into comparison keys. The reference data and users write the same unit in
 * several ways: with or without "Tỉnh"/"Thành phố", old or new tone placement ("Hoà"/"Hòa"),
 * decomposed Unicode, stray spaces. Keys are compared, names are shown.
 */
public final class VietnameseNames {

    private static final List<String> PROVINCE_PREFIXES = List.of("tỉnh ", "thành phố ", "tp. ", "tp ");

    private static final List<String> DISTRICT_PREFIXES = List.of("huyện ", "quận ", "thị xã ", "thành phố ", "tp. ",
            "tp ");

    private static final List<String> COMMUNE_PREFIXES = List.of("xã ", "phường ", "thị trấn ", "đặc khu ");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    // Old-style tone placement on the second vowel of oa/oe/uy is folded to the new style.
    private static final String[][] TONE_PLACEMENT = {
            { "oà", "òa" }, { "oá", "óa" }, { "oả", "ỏa" }, { "oã", "õa" }, { "oạ", "ọa" },
            { "oè", "òe" }, { "oé", "óe" }, { "oẻ", "ỏe" }, { "oẽ", "õe" }, { "oẹ", "ọe" },
            { "uỳ", "ùy" }, { "uý", "úy" }, { "uỷ", "ủy" }, { "uỹ", "ũy" }, { "uỵ", "ụy" } };

    /** Every lower-case Vietnamese letter with a mark, and the same letters without (as in migration V10). */
    static final String MARKED = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

    static final String UNMARKED = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd";

    private static final List<String> SENTENCE_PREFIXES = List.of("Tỉnh ", "Thành phố ", "Huyện ", "Quận ", "Thị xã ",
            "Xã ", "Phường ", "Thị trấn ", "Đặc khu ");

    private VietnameseNames() {
    }

    /**
     * The key without tone marks or accents, for names typed on a keyboard without Vietnamese input:
     * "dong cuong" matches "Đồng Cương". The folded columns of migration V10 hold the same.
     */
    public static String folded(String name) {
        String key = key(name);
        if (key == null) {
            return null;
        }
        StringBuilder folded = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            int i = MARKED.indexOf(c);
            folded.append(i < 0 ? c : UNMARKED.charAt(i));
        }
        return folded.toString();
    }

    /** The folded key without a commune kind: "xa dong cuong" and "Xã Đồng Cương" give "dong cuong". */
    public static String foldedCommuneBareKey(String name) {
        return stripPrefix(folded(name), COMMUNE_PREFIXES.stream().map(VietnameseNames::folded).map(p -> p + " ")
                .toList());
    }

    /** The folded key without "Huyện"/"Quận"/"Thị xã"/"Thành phố": "huyen yen lac" gives "yen lac". */
    public static String foldedDistrictKey(String name) {
        return stripPrefix(folded(name), DISTRICT_PREFIXES.stream().map(VietnameseNames::folded).map(p -> p + " ")
                .toList());
    }

    /** Whether a name was typed without any tone mark or accent. */
    public static boolean unmarked(String name) {
        String key = key(name);
        return key != null && key.equals(folded(name));
    }

    /** The folded key without "Tỉnh"/"Thành phố": "tinh vinh phuc" gives "vinh phuc". */
    public static String foldedProvinceKey(String name) {
        return stripPrefix(folded(name), PROVINCE_PREFIXES.stream().map(VietnameseNames::folded).map(p -> p + " ")
                .toList());
    }

    /**
     * A unit name as written inside a sentence: "Huyện Yên Lạc" becomes "huyện Yên Lạc", and a
     * province name stored without its kind gets one ("Phú Thọ" becomes "tỉnh Phú Thọ").
     */
    public static String inSentence(String name, boolean province) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = SPACES.matcher(name.trim()).replaceAll(" ");
        for (String prefix : SENTENCE_PREFIXES) {
            if (trimmed.startsWith(prefix)) {
                return Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
            }
        }
        return province ? "tỉnh " + trimmed : trimmed;
    }

    /** The key of a full name, unit prefix kept: "Xã Đồng Cương" and " xã  Đồng  Cương" match. */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String key = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).trim();
        key = SPACES.matcher(key).replaceAll(" ");
        for (String[] pair : TONE_PLACEMENT) {
            key = key.replace(pair[0], pair[1]);
        }
        return key.isEmpty() ? null : key;
    }

    /** Province key without "Tỉnh"/"Thành phố": "Tỉnh Vĩnh Phúc" and "Vĩnh Phúc" match. */
    public static String provinceKey(String name) {
        return stripPrefix(key(name), PROVINCE_PREFIXES);
    }

    /** District key without "Huyện"/"Quận"/"Thị xã"/"Thành phố". */
    public static String districtKey(String name) {
        return stripPrefix(key(name), DISTRICT_PREFIXES);
    }

    /** Commune key without its kind, for names typed without "Xã"/"Phường". */
    public static String communeBareKey(String name) {
        return stripPrefix(key(name), COMMUNE_PREFIXES);
    }

    /** Whether the name starts with a commune kind ("Xã", "Phường", "Thị trấn", "Đặc khu"). */
    public static boolean hasCommunePrefix(String name) {
        String key = key(name);
        return key != null && COMMUNE_PREFIXES.stream().anyMatch(key::startsWith);
    }

    private static String stripPrefix(String key, List<String> prefixes) {
        if (key == null) {
            return null;
        }
        for (String prefix : prefixes) {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                return key.substring(prefix.length());
            }
        }
        return key;
    }
}
