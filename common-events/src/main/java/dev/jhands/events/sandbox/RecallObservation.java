package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
 * {@code recall}: what a {@code recall} found: the workspace context (repository, runtime hosts,
 * instructions, date...) or the knowledge of triggered microagents.
 */
@JsonTypeName("recall")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecallObservation(
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content,
    @JsonProperty(required = true) RecallType recallType,
    String repoName,
    String repoDirectory,
    String repoBranch,
    String repoInstructions,
    @JsonSerialize(using = FreeForm.Serializer.class) Map<String, Integer> runtimeHosts,
    String additionalAgentInstructions,
    String date,
    @JsonSerialize(using = FreeForm.Serializer.class) Map<String, String> customSecretsDescriptions,
    String conversationInstructions,
    String workingDir,
    List<MicroagentKnowledge> microagentKnowledge)
    implements SandboxObservation {

  public RecallObservation {
    content = Objects.requireNonNullElse(content, "");
    Objects.requireNonNull(recallType, "recall_type");
    repoName = Objects.requireNonNullElse(repoName, "");
    repoDirectory = Objects.requireNonNullElse(repoDirectory, "");
    repoBranch = Objects.requireNonNullElse(repoBranch, "");
    repoInstructions = Objects.requireNonNullElse(repoInstructions, "");
    runtimeHosts = FreeForm.map(runtimeHosts);
    additionalAgentInstructions = Objects.requireNonNullElse(additionalAgentInstructions, "");
    date = Objects.requireNonNullElse(date, "");
    customSecretsDescriptions = FreeForm.map(customSecretsDescriptions);
    conversationInstructions = Objects.requireNonNullElse(conversationInstructions, "");
    workingDir = Objects.requireNonNullElse(workingDir, "");
    microagentKnowledge =
        microagentKnowledge == null ? List.of() : List.copyOf(microagentKnowledge);
  }

  @Override
  public String message() {
    return recallType == RecallType.WORKSPACE_CONTEXT
        ? "Added workspace context"
        : "Added microagent knowledge";
  }
}
