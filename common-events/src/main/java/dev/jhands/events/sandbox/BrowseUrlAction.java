package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/** {@code browse}: a URL for the sandbox's browser to open (OpenHands' {@code BrowseURLAction}). */
@JsonTypeName("browse")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BrowseUrlAction(
    @JsonProperty(required = true) String url,
    String thought,
    SecurityRisk securityRisk,
    boolean returnAxtree)
    implements SandboxAction {

  public BrowseUrlAction {
    Objects.requireNonNull(url, "url");
    thought = Objects.requireNonNullElse(thought, "");
    securityRisk = Objects.requireNonNullElse(securityRisk, SecurityRisk.UNKNOWN);
  }

  @Override
  public String message() {
    return "I am browsing the URL: " + url;
  }
}
