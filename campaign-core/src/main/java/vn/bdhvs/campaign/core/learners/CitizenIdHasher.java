package vn.bdhvs.campaign.core.learners;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import vn.bdhvs.campaign.core.common.DomainException;

/**
 * Turns a citizen ID (CCCD, 12 digits) into a keyed HMAC-SHA256. The same person always gives
 * the same value, so learners are recognised across classes and communes, but without the key
 * the ID cannot be recovered or guessed by hashing all 10^12 candidates.
 */
public final class CitizenIdHasher {

    private final SecretKeySpec key;

    public CitizenIdHasher(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("The citizen-ID key must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** The normalised 12-digit ID, or a {@link DomainException} explaining why it is not one. */
    public static String normalise(String citizenId) {
        String digits = citizenId == null ? "" : citizenId.replaceAll("[\\s.-]", "");
        if (!digits.matches("\\d{12}")) {
            throw new DomainException("learner.citizenId.invalid");
        }
        return digits;
    }

    public String hash(String citizenId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalise(citizenId).getBytes(StandardCharsets.US_ASCII)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
