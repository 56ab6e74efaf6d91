package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * {@code run}: one bash command (or input to the running one) for the sandbox's shell session.
 *
 * <p>{@code blocking} disables the soft no-output timeout; {@code is_static} runs the command in a
 * throw-away shell in {@code cwd}; {@code hidden} keeps it out of the LLM's view.
 */
@JsonTypeName("run")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CmdRunAction(
    @JsonProperty(required = true) String command,
    boolean isInput,
    String thought,
    boolean blocking,
    boolean isStatic,
    String cwd,
    boolean hidden,
    ConfirmationState confirmationState,
    SecurityRisk securityRisk)
    implements SandboxAction {

  public CmdRunAction {
    Objects.requireNonNull(command, "command");
    thought = Objects.requireNonNullElse(thought, "");
    confirmationState = Objects.requireNonNullElse(confirmationState, ConfirmationState.CONFIRMED);
    securityRisk = Objects.requireNonNullElse(securityRisk, SecurityRisk.UNKNOWN);
  }

  /** A plain command with every other argument at its default. */
  public static CmdRunAction of(String command) {
    return new CmdRunAction(command, false, "", false, false, null, false, null, null);
  }

  @Override
  public String message() {
    return "Running command: " + command;
  }
}
