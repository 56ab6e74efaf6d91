package dev.jhands.agent.socket;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jhands.events.conversation.SocketAuthMessage;
import dev.jhands.events.json.Wire;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The authentication every socket shares (contract §1, HEAD's order): the query parameter {@code
 * session_api_key}, the {@code X-Session-API-Key} header, or a first frame {@code {"type":"auth",
 * "session_api_key":...}} within the auth window (10 s). A wrong key in any form, a first frame
 * that is not auth, or silence closes with 4001. Once in, the endpoint's {@code opener} makes the
 * connection's session.
 *
 * @param <S> what an endpoint keeps per authenticated connection
 */
final class SocketGate<S> {

  static final CloseReason AUTH_FAILED = new CloseReason(4001, "Authentication failed");
  static final String HEADER = "X-Session-API-Key";

  private final SocketAuth auth;
  private final Vertx vertx;
  private final Duration authWindow;
  private final Function<WebSocketConnection, S> opener;
  private final Consumer<S> closer;
  // Per connection: empty until authenticated by a first frame, then the session.
  private final Map<String, Optional<S>> sessions = new ConcurrentHashMap<>();

  /**
   * @param opener makes the session of an authenticated connection, or closes the connection itself
   *     and answers null
   * @param closer ends a session whose connection closed
   */
  SocketGate(
      SocketAuth auth,
      Vertx vertx,
      Duration authWindow,
      Function<WebSocketConnection, S> opener,
      Consumer<S> closer) {
    this.auth = auth;
    this.vertx = vertx;
    this.authWindow = authWindow;
    this.opener = opener;
    this.closer = closer;
  }

  void open(WebSocketConnection connection) {
    if (!auth.required()) {
      admit(connection);
      return;
    }
    String key = SocketQuery.parse(connection.handshakeRequest().query()).first("session_api_key");
    if (key == null) {
      key = connection.handshakeRequest().header(HEADER);
    }
    if (key != null) {
      if (auth.accepts(key)) {
        admit(connection);
      } else {
        close(connection, AUTH_FAILED);
      }
      return;
    }
    sessions.put(connection.id(), Optional.empty());
    vertx.setTimer(
        authWindow.toMillis(),
        t -> {
          if (sessions.get(connection.id()) instanceof Optional<S> s && s.isEmpty()) {
            close(connection, AUTH_FAILED);
          }
        });
  }

  /**
   * The session a client frame is for, or null when the frame was the first-frame auth (or the
   * connection is closing).
   */
  S frame(WebSocketConnection connection, String frame) {
    Optional<S> session = sessions.get(connection.id());
    if (session == null) {
      return null; // closed, or closing after a failed check
    }
    if (session.isEmpty()) {
      if (auth.accepts(authKey(frame))) {
        admit(connection);
      } else {
        close(connection, AUTH_FAILED);
      }
      return null;
    }
    return session.get();
  }

  void closed(WebSocketConnection connection) {
    Optional<S> session = sessions.remove(connection.id());
    if (session != null) {
      session.ifPresent(closer);
    }
  }

  void close(WebSocketConnection connection, CloseReason reason) {
    sessions.remove(connection.id());
    connection.close(reason).subscribe().with(ok -> {}, err -> {});
  }

  /**
   * Whether a parsed frame is an explicit auth message ({@code "type": "auth"}), which an
   * authenticated socket ignores.
   */
  static boolean isAuth(JsonNode frame) {
    return frame != null && SocketAuthMessage.TYPE.equals(frame.path("type").asText(null));
  }

  private void admit(WebSocketConnection connection) {
    S session = opener.apply(connection);
    if (session == null) {
      sessions.remove(connection.id());
      return;
    }
    sessions.put(connection.id(), Optional.of(session));
    // The client may have gone while we subscribed; its close found no session to end.
    if (connection.isClosed() && sessions.remove(connection.id()) != null) {
      closer.accept(session);
    }
  }

  private static String authKey(String frame) {
    try {
      SocketAuthMessage auth = Wire.mapper().readValue(frame, SocketAuthMessage.class);
      return auth.isAuth() ? auth.sessionApiKey() : null;
    } catch (Exception e) {
      return null;
    }
  }
}
