package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * {@code browse_interactive}: BrowserGym actions as Python-like source, e.g. {@code click("12")},
 * passed to the browser unchanged.
 */
@JsonTypeName("browse_interactive")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BrowseInteractiveAction(
    @JsonProperty(required = true) String browserActions,
    String thought,
    String browsergymSendMsgToUser,
    SecurityRisk securityRisk,
    boolean returnAxtree)
    implements SandboxAction {

  public BrowseInteractiveAction {
    Objects.requireNonNull(browserActions, "browser_actions");
    thought = Objects.requireNonNullElse(thought, "");
    browsergymSendMsgToUser = Objects.requireNonNullElse(browsergymSendMsgToUser, "");
    securityRisk = Objects.requireNonNullElse(securityRisk, SecurityRisk.UNKNOWN);
  }

  @Override
  public String message() {
    return "I am interacting with the browser:\n```\n" + browserActions + "\n```";
  }
}
