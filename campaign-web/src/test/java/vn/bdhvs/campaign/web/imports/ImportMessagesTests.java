package vn.bdhvs.campaign.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every import message code the core can raise has a Vietnamese and an English text. */
class ImportMessagesTests {

    static final Path CORE = Path.of("..").toAbsolutePath().normalize().resolve("campaign-core/src/main/java");

    static final Pattern CODE = Pattern.compile("\"(import\\.[a-z][A-Za-z0-9.]*[A-Za-z0-9])\"");

    @Test
    void shouldHaveATextInBothLanguagesForEveryImportCode() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CORE)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Matcher matcher = CODE.matcher(read(file));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            });
        }
        assertThat(codes).contains("import.file.notUtf8", "import.cccd.leadingZero", "import.commune.ambiguous");
        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(codes);
        assertThat(bundle("messages_en.properties").stringPropertyNames()).containsAll(codes);
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportMessagesTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
