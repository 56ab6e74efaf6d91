package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code system}: the system prompt and tool definitions that open an agent's event stream.
 *
 * <p>OpenHands defaults {@code openhands_version} to its own version; this model has none to offer,
 * so an absent version stays null.
 */
@JsonTypeName("system")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SystemMessageAction(
    @JsonProperty(required = true) String content,
    @JsonSerialize(using = FreeForm.Serializer.class) List<Map<String, Object>> tools,
    String openhandsVersion,
    String agentClass)
    implements SandboxAction {

  public SystemMessageAction {
    Objects.requireNonNull(content, "content");
    tools = tools == null ? null : FreeForm.list(tools);
  }

  @Override
  public String message() {
    return content;
  }
}
