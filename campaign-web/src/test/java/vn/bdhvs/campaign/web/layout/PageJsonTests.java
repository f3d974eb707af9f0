package vn.bdhvs.campaign.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class PageJsonTests {

    @Test
    void shouldEscapeEverythingThatCouldCloseTheScriptOrOpenMarkup() {
        String hostile = "</script><div hx-post=/admin/users/6/disable hx-trigger=load>&'\"";
        String text = new PageJson().write(Map.of("name", hostile)).text();
        assertThat(text).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("'")
                .contains("\\u003C/script\\u003E");
        // and the page's script still reads the same value back
        assertThat(JsonMapper.builder().build().readTree(text).get("name").asString()).isEqualTo(hostile);
    }
}
