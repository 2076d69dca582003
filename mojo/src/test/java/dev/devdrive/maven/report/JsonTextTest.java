package dev.devdrive.maven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTextTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "C:\\Users\\jo\\AppData\\Local\\Temp",
                "\\\\?\\Volume{4c1b02c1-d990-11dc-99ae-806e6f6e6963}\\",
                "\\\\server\\share\\m2\\",
                "D:\\src\\\"quoted\" name\\",
                "C:\\Users\\Jörg Müller\\.m2",
                "C:\\Users\\山田\\項目",
                "/home/jo/😀 emoji/\u2028line separator\u2029",
                "tab\there, newline\nthere, return\r, backspace\b, form feed\f",
                "",
                "ends with a backslash\\",
                "delete \u007f and nul \u0000 and unit separator \u001f"
            })
    void stringsSurviveARoundTripThroughJackson(String text) throws Exception {
        String json = JsonText.write(Map.of("value", text));

        assertThat(JACKSON.readTree(json).get("value").asText()).isEqualTo(text);
        assertThat(json.chars()).allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f));
    }

    @Test
    void everyControlCharacterIsEscaped() throws Exception {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        String text = controls.toString();

        String quoted = JsonText.quote(text);

        assertThat(quoted).startsWith("\"\\u0000\\u0001").contains("\\t\\n\\u000b\\f\\r");
        assertThat(JACKSON.readTree(quoted).asText()).isEqualTo(text);
    }

    @Test
    void quotesAndBackslashesAreEscapedMinimally() {
        assertThat(JsonText.quote("D:\\a \"b\"")).isEqualTo("\"D:\\\\a \\\"b\\\"\"");
    }

    @Test
    void nestedValuesKeepTheirOrderAndTypes() throws Exception {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1L);
        inner.put("a", null);
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("int", 1);
        outer.put("long", 270_553_174_016L);
        outer.put("negative", -1L);
        outer.put("yes", true);
        outer.put("inner", inner);
        outer.put("list", List.of("x", List.of(), Map.of()));
        outer.put("empty", Map.of());

        JsonNode node = JACKSON.readTree(JsonText.write(outer));

        assertThat(node.fieldNames())
                .toIterable()
                .containsExactly("int", "long", "negative", "yes", "inner", "list", "empty");
        assertThat(node.get("long").asLong()).isEqualTo(270_553_174_016L);
        assertThat(node.get("negative").asLong()).isEqualTo(-1L);
        assertThat(node.get("yes").isBoolean()).isTrue();
        assertThat(node.get("inner").fieldNames()).toIterable().containsExactly("z", "a");
        assertThat(node.get("inner").get("a").isNull()).isTrue();
        assertThat(node.get("list").get(1).isArray()).isTrue();
        assertThat(node.get("empty").isObject()).isTrue();
    }

    @Test
    void finiteDoublesAreNumbersAndOthersAreRejected() {
        assertThat(JsonText.write(List.of(2.5, 1234.0))).startsWith("[\n  2.5,\n  1234.0\n]");
        assertThatThrownBy(() -> JsonText.write(List.of(Double.NaN))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonText.write(List.of(Double.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesJsonCannotHoldAreRejected() {
        assertThatThrownBy(() -> JsonText.write(Map.of("when", new Object())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> JsonText.write(Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
