package dev.jhands.events.app;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A sandbox as the app server reports it at {@code /api/v1/sandboxes} (agent-server.md §8).
 *
 * <p>{@code session_api_key} and {@code exposed_urls} are set only while the sandbox is {@code
 * RUNNING}; otherwise OpenHands writes both as null, and so does this record: a null list is kept
 * null rather than turned into an empty one.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SandboxInfo(
    String id,
    String createdByUserId,
    String sandboxSpecId,
    SandboxStatus status,
    String sessionApiKey,
    List<ExposedUrl> exposedUrls,
    String createdAt) {

  public SandboxInfo {
    exposedUrls = exposedUrls == null ? null : List.copyOf(exposedUrls);
  }
}
