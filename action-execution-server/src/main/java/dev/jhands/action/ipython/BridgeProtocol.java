package dev.jhands.action.ipython;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON lines spoken with {@code kernel_bridge.py}, whose docstring is the reference. Kept apart
 * from the process handling so it can be tested without a Python.
 */
final class BridgeProtocol {

  // Its own mapper: the bridge's format is not the wire model's and must not follow its settings.
  // ASCII only: the bridge's stdin decoding then cannot depend on the user's locale.
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .build();

  static final String SHUTDOWN = "{\"op\":\"shutdown\"}";

  private BridgeProtocol() {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Execute(String op, String code, String cwd, double timeout) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Reply(
      String event,
      String status,
      List<Output> outputs,
      boolean restarted,
      boolean kernelStopped,
      String python,
      Long kernelPid,
      String error) {

    boolean isReady() {
      return "ready".equals(event);
    }

    boolean isResult() {
      return "result".equals(event);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Output(String type, String text, String png) {}

  static String execute(String code, Path cwd, Duration timeout) {
    try {
      return JSON.writeValueAsString(
          new Execute(
              "execute", code, cwd == null ? null : cwd.toString(), timeout.toMillis() / 1000.0));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a string record always serialises", e);
    }
  }

  /**
   * A reply, or empty for a line that is not one: a login profile run by {@code su -} may print to
   * stdout before the bridge takes it over.
   */
  static Optional<Reply> parse(String line) {
    if (!line.startsWith("{")) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(JSON.readValue(line, Reply.class));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  static CellResult toResult(Reply reply) {
    List<String> texts = new ArrayList<>();
    List<String> pngs = new ArrayList<>();
    for (Output output : reply.outputs() == null ? List.<Output>of() : reply.outputs()) {
      if ("text".equals(output.type()) && output.text() != null) {
        texts.add(output.text());
      } else if ("image".equals(output.type()) && output.png() != null) {
        pngs.add(output.png());
      }
    }
    CellResult.Status status =
        switch (reply.status() == null ? "" : reply.status()) {
          case "timeout" -> CellResult.Status.TIMED_OUT;
          case "died" -> CellResult.Status.DIED;
          default -> CellResult.Status.FINISHED;
        };
    return new CellResult(status, texts, pngs, reply.restarted(), reply.kernelStopped());
  }
}
