package vn.bdhvs.campaign.core.learners;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CitizenIdLookups.Limit.class)
class LearnersConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LearnersConfiguration.class);

    /**
     * The citizen-ID key comes from {@code campaign.training.citizen-id-key} (base64, ≥ 32 bytes;
     * env CAMPAIGN_CITIZEN_ID_KEY). Without it a random key is generated once into the key file,
     * readable by the owner only, and reused: the key must never change, or the same person would
     * no longer be recognised. It is never in the repository.
     */
    @Bean
    CitizenIdHasher citizenIdHasher(@Value("${campaign.training.citizen-id-key:}") String configured,
            @Value("${campaign.training.citizen-id-key-file}") Path keyFile) {
        if (!configured.isBlank()) {
            return new CitizenIdHasher(Base64.getDecoder().decode(configured.trim()));
        }
        try {
            if (!Files.exists(keyFile)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(keyFile.toAbsolutePath().getParent());
                Files.writeString(keyFile, Base64.getEncoder().encodeToString(key));
                try {
                    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
                }
                catch (UnsupportedOperationException ex) {
                    log.warn("Cannot restrict the permissions of {}", keyFile);
                }
                log.warn("Generated a citizen-ID key in {}: back it up, it must never change", keyFile);
            }
            return new CitizenIdHasher(Base64.getDecoder().decode(Files.readString(keyFile).trim()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read or create the citizen-ID key file " + keyFile, ex);
        }
    }
}
