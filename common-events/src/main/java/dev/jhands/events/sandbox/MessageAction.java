package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Objects;

/**
 * {@code message}: a chat message from the user or the agent, with optional file and image URLs.
 * Old streams spell {@code image_urls} as {@code images_urls}; both are read.
 */
@JsonTypeName("message")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MessageAction(
    @JsonProperty(required = true) String content,
    List<String> fileUrls,
    List<String> imageUrls,
    boolean waitForResponse,
    SecurityRisk securityRisk)
    implements SandboxAction {

  public MessageAction {
    Objects.requireNonNull(content, "content");
    fileUrls = fileUrls == null ? null : List.copyOf(fileUrls);
    imageUrls = imageUrls == null ? null : List.copyOf(imageUrls);
    securityRisk = Objects.requireNonNullElse(securityRisk, SecurityRisk.UNKNOWN);
  }

  @Override
  public String message() {
    return content;
  }
}
