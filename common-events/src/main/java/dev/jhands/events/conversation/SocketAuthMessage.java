package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The first-frame WebSocket authentication (HEAD): {@code {"type": "auth", "session_api_key":
 * "..."}}, sent within 10 s of connecting instead of the {@code session_api_key} query parameter.
 *
 * <p>The key is a plain string on the wire, because the client must send it; {@link #toString()}
 * masks it so it does not end up in logs.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SocketAuthMessage(String type, String sessionApiKey) {

  public static final String TYPE = "auth";

  public SocketAuthMessage {
    type = type == null ? TYPE : type;
  }

  public static SocketAuthMessage of(String sessionApiKey) {
    return new SocketAuthMessage(TYPE, sessionApiKey);
  }

  /** Whether this frame is an auth frame at all. */
  @JsonIgnore
  public boolean isAuth() {
    return TYPE.equals(type);
  }

  @Override
  public String toString() {
    return "SocketAuthMessage[type=" + type + ", sessionApiKey=**********]";
  }
}
