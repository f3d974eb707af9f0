package vn.bdhvs.campaign.web.layout;

import org.springframework.stereotype.Component;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way to put data into a page for its scripts: JSON inside
 * {@code <script type="application/json">}. Any {@code <}, {@code >}, {@code &} or {@code '} in
 * the data (a group name, a commune name, anything an administrator typed or uploaded) is written
 * as a {@code \\u} escape, so no value can close the script element or open markup. The layout
 * only accepts {@link ScriptJson}, which only this class makes.
 */
@Component
public final class PageJson {

    /** JSON text that is safe inside a script element. */
    public static final class ScriptJson {

        private final String text;

        private ScriptJson(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final JsonMapper mapper = JsonMapper.builder(JsonFactory.builder().characterEscapes(new HtmlSafe()).build())
            .build();

    public ScriptJson write(Object data) {
        return new ScriptJson(mapper.writeValueAsString(data));
    }

    private static final class HtmlSafe extends CharacterEscapes {

        private final int[] ascii = standardAsciiEscapesForJSON();

        HtmlSafe() {
            for (char c : new char[] { '<', '>', '&', '\'' }) {
                ascii[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
