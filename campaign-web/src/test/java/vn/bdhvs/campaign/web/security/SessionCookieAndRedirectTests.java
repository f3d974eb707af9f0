package vn.bdhvs.campaign.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.bdhvs.campaign.web.CampaignWebTest;

/**
 * The session cookie and redirects as a browser receives them from the real server (raw HTTP, so
 * that headers such as Host can be forged the way an attacker would).
 */
@CampaignWebTest
class SessionCookieAndRedirectTests {

    @LocalServerPort
    int port;

    @Test
    void shouldRedirectRelativelyWhateverTheHostHeaderSays() throws IOException {
        List<String> headers = request("GET /dashboard HTTP/1.1", "Host: evil.example");
        assertThat(headers.get(0)).contains(" 302");
        assertThat(header(headers, "Location")).isEqualTo("/login");
        assertThat(String.join("\n", headers)).doesNotContain("evil.example");
    }

    @Test
    void shouldSendALaxHttpOnlySessionCookieThatIsSecureOverHttps() throws IOException {
        String plain = header(request("GET /login HTTP/1.1", "Host: localhost"), "Set-Cookie");
        assertThat(plain).startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
        // behind a TLS-terminating reverse proxy on an internal address
        String behindProxy = header(request("GET /login HTTP/1.1", "Host: campaign.example.gov.vn",
                "X-Forwarded-Proto: https", "X-Forwarded-For: 192.0.2.10"), "Set-Cookie");
        assertThat(behindProxy).startsWith("JSESSIONID=").contains("Secure").containsIgnoringCase("SameSite=Lax");
    }

    private List<String> request(String requestLine, String... headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder(requestLine).append("\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.asList(response.substring(0, response.indexOf("\r\n\r\n")).split("\r\n"));
        }
    }

    private static String header(List<String> headers, String name) {
        return headers.stream().filter(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(h -> h.substring(name.length() + 1).trim()).findFirst().orElse(null);
    }
}
