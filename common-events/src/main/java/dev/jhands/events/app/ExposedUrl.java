package dev.jhands.events.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One named service URL of a sandbox (agent-server.md §8; runtime-api.md §6.3), an item of {@code
 * SandboxInfo.exposed_urls}. The {@code VSCODE} URL already carries {@code ?tkn=<key>&folder=...}.
 *
 * <p>{@code port} is the in-sandbox port; only newer app servers send it, so it is left out when
 * null and the baseline shape {@code {name, url}} stays as it was.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExposedUrl(
    String name, String url, @JsonInclude(JsonInclude.Include.NON_NULL) Integer port) {

  public static final String AGENT_SERVER = "AGENT_SERVER";
  public static final String VSCODE = "VSCODE";
  public static final String WORKER_1 = "WORKER_1";
  public static final String WORKER_2 = "WORKER_2";

  public static ExposedUrl of(String name, String url) {
    return new ExposedUrl(name, url, null);
  }
}
