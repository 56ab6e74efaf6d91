package dev.jhands.events.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jhands.events.json.PythonRepr;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Python's {@code repr()} and {@code ast.literal_eval}, for the subset the wire needs. */
class PythonTextTest {

  @Test
  void reprOfScalars() {
    assertThat(PythonRepr.repr(null)).isEqualTo("None");
    assertThat(PythonRepr.repr(true)).isEqualTo("True");
    assertThat(PythonRepr.repr(42)).isEqualTo("42");
    assertThat(PythonRepr.repr(12345678901L)).isEqualTo("12345678901");
    assertThat(PythonRepr.repr("plain")).isEqualTo("'plain'");
    assertThat(PythonRepr.repr("it's")).isEqualTo("\"it's\"");
    assertThat(PythonRepr.repr("both ' and \"")).isEqualTo("'both \\' and \"'");
    assertThat(PythonRepr.repr("a\nb\\c\t\u0001é")).isEqualTo("'a\\nb\\\\c\\t\\x01é'");
  }

  @Test
  void reprOfFloatsFollowsPython() {
    assertThat(PythonRepr.floatRepr(1.0)).isEqualTo("1.0");
    assertThat(PythonRepr.floatRepr(0.1)).isEqualTo("0.1");
    assertThat(PythonRepr.floatRepr(-2.5)).isEqualTo("-2.5");
    assertThat(PythonRepr.floatRepr(1e16)).isEqualTo("1e+16");
    assertThat(PythonRepr.floatRepr(1234567890123456.0)).isEqualTo("1234567890123456.0");
    assertThat(PythonRepr.floatRepr(0.0001)).isEqualTo("0.0001");
    assertThat(PythonRepr.floatRepr(0.00001)).isEqualTo("1e-05");
    assertThat(PythonRepr.floatRepr(1.5e-7)).isEqualTo("1.5e-07");
    assertThat(PythonRepr.floatRepr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
  }

  @Test
  void reprOfContainers() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("a", Arrays.asList(1, null, 2.0));
    map.put("b", Map.of());

    assertThat(PythonRepr.repr(map)).isEqualTo("{'a': [1, None, 2.0], 'b': {}}");
  }

  @Test
  void literalEvalOfAnEditorCall() throws Exception {
    JsonNode value =
        PythonLiteral.parse(
            "{'command': 'insert', 'path': \"/w/it's.py\", 'insert_line': 3,"
                + " 'new_str': 'a\\n\\tb\\x41\\u00e9', 'view_range': (1, -1), 'flag': True,"
                + " 'none': None, 'ratio': 0.5,}");

    assertThat(value.get("command").asText()).isEqualTo("insert");
    assertThat(value.get("path").asText()).isEqualTo("/w/it's.py");
    assertThat(value.get("insert_line").isInt()).isTrue();
    assertThat(value.get("new_str").asText()).isEqualTo("a\n\tbAé");
    assertThat(value.get("view_range").toString()).isEqualTo("[1,-1]");
    assertThat(value.get("flag").booleanValue()).isTrue();
    assertThat(value.get("none").isNull()).isTrue();
    assertThat(value.get("ratio").doubleValue()).isEqualTo(0.5);
  }

  @Test
  void literalEvalRejectsCode() {
    assertThatThrownBy(() -> PythonLiteral.parse("{'a': open('/etc/passwd')}"))
        .isInstanceOf(PythonLiteral.SyntaxError.class);
    assertThatThrownBy(() -> PythonLiteral.parse("{'a': 'unterminated}"))
        .isInstanceOf(PythonLiteral.SyntaxError.class);
    assertThatThrownBy(() -> PythonLiteral.parse("{'a': 1} trailing"))
        .isInstanceOf(PythonLiteral.SyntaxError.class);
  }
}
