package dev.jhands.action.bash;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jhands.events.sandbox.CmdOutputMetadata;
import java.util.List;

/**
 * What the shell's prompt reported after a command: the JSON between the lines {@value #BEGIN} and
 * {@value #END}. Values are read as OpenHands reads them: {@code pid} and {@code exit_code} are
 * numbers written as strings and become -1 when they are not numbers ({@code $!} is usually empty).
 */
record PromptInfo(
    int exitCode,
    int pid,
    String username,
    String hostname,
    String workingDir,
    String pyInterpreterPath) {

  static final String BEGIN = "###PS1JSON###";
  static final String END = "###PS1END###";

  // A directory name may hold a control character; the prompt cannot escape those cheaply.
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();

  /** The prompt's lines between the markers, or null when they are not one JSON object. */
  static PromptInfo parse(List<String> lines) {
    JsonNode json;
    try {
      json = JSON.readTree(String.join("\n", lines));
    } catch (Exception e) {
      return null;
    }
    if (json == null || !json.isObject()) {
      return null;
    }
    return new PromptInfo(
        number(json.get("exit_code")),
        number(json.get("pid")),
        text(json.get("username")),
        text(json.get("hostname")),
        text(json.get("working_dir")),
        text(json.get("py_interpreter_path")));
  }

  CmdOutputMetadata metadata(String prefix, String suffix) {
    return new CmdOutputMetadata(
        exitCode, pid, username, hostname, workingDir, pyInterpreterPath, prefix, suffix);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  // int(float(str(value))), and -1 where Python would fail.
  private static int number(JsonNode node) {
    if (node == null) {
      return -1;
    }
    try {
      double value = Double.parseDouble(node.asText().strip());
      return Double.isFinite(value) ? (int) value : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
