package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/** {@code run_ipython}: a cell for the sandbox's Jupyter kernel. */
@JsonTypeName("run_ipython")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IPythonRunCellAction(
    @JsonProperty(required = true) String code,
    String thought,
    // Boxed so that an absent value can take the wire default, true.
    Boolean includeExtra,
    ConfirmationState confirmationState,
    SecurityRisk securityRisk,
    String kernelInitCode)
    implements SandboxAction {

  public IPythonRunCellAction {
    Objects.requireNonNull(code, "code");
    thought = Objects.requireNonNullElse(thought, "");
    includeExtra = Objects.requireNonNullElse(includeExtra, true);
    confirmationState = Objects.requireNonNullElse(confirmationState, ConfirmationState.CONFIRMED);
    securityRisk = Objects.requireNonNullElse(securityRisk, SecurityRisk.UNKNOWN);
    kernelInitCode = Objects.requireNonNullElse(kernelInitCode, "");
  }

  @Override
  public String message() {
    return "Running Python code interactively: " + code;
  }
}
