package dev.jhands.agent.socket;

import dev.jhands.agent.AgentServerConfig;
import dev.jhands.agent.conversation.Conversation;
import dev.jhands.agent.conversation.ConversationIds;
import dev.jhands.agent.conversation.ConversationService;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * {@code /sockets/events/{conversation_id}} (contract §3): the full state, an optional backlog,
 * then live events; a client frame holding a user Message is appended like {@code POST .../events}.
 * The endpoint only authenticates and routes; {@link Subscriber} does the sending and {@link
 * ClientFrames} the reading.
 */
@WebSocket(path = "/sockets/events/{conversation_id}")
public class EventSocket {

  private static final Logger LOG = Logger.getLogger(EventSocket.class);
  static final CloseReason AUTH_FAILED = new CloseReason(4001, "Authentication failed");
  static final CloseReason NOT_FOUND = new CloseReason(4004, "Conversation not found");
  static final String HEADER = "X-Session-API-Key";
  static final Duration AUTH_WINDOW = Duration.ofSeconds(10);

  private final SocketAuth auth;
  private final ConversationService service;
  private final Vertx vertx;
  private final int queueCapacity;
  // Per connection: empty until authenticated by a first frame, then the subscriber.
  private final Map<String, Optional<Subscriber>> sessions = new ConcurrentHashMap<>();

  public EventSocket(
      SocketAuth auth, ConversationService service, Vertx vertx, AgentServerConfig config) {
    this.auth = auth;
    this.service = service;
    this.vertx = vertx;
    this.queueCapacity = config.socket().queueCapacity();
  }

  @OnOpen
  public void open(WebSocketConnection connection) {
    SocketQuery query = SocketQuery.parse(connection.handshakeRequest().query());
    if (!auth.required()) {
      subscribe(connection);
      return;
    }
    // Checked in HEAD's order: query parameter, header, then a first auth frame.
    String key = query.first("session_api_key");
    if (key == null) {
      key = connection.handshakeRequest().header(HEADER);
    }
    if (key != null) {
      if (auth.accepts(key)) {
        subscribe(connection);
      } else {
        close(connection, AUTH_FAILED);
      }
      return;
    }
    sessions.put(connection.id(), Optional.empty());
    vertx.setTimer(
        AUTH_WINDOW.toMillis(),
        t -> {
          if (sessions.get(connection.id()) instanceof Optional<Subscriber> s && s.isEmpty()) {
            close(connection, AUTH_FAILED);
          }
        });
  }

  @OnTextMessage
  public void message(WebSocketConnection connection, String frame) {
    Optional<Subscriber> session = sessions.get(connection.id());
    if (session == null) {
      return; // closed, or closing after a failed check
    }
    if (session.isEmpty()) {
      if (auth.accepts(ClientFrames.authKey(frame))) {
        subscribe(connection);
      } else {
        close(connection, AUTH_FAILED);
      }
      return;
    }
    new ClientFrames(service, conversation(connection).orElse(null), session.get()).handle(frame);
  }

  @OnClose
  public void closed(WebSocketConnection connection) {
    Optional<Subscriber> session = sessions.remove(connection.id());
    if (session != null) {
      session.ifPresent(Subscriber::stop);
    }
  }

  private void subscribe(WebSocketConnection connection) {
    Optional<Conversation> conversation = conversation(connection);
    if (conversation.isEmpty()) {
      close(connection, NOT_FOUND);
      return;
    }
    Subscriber subscriber = new Subscriber(connection, conversation.get(), queueCapacity);
    sessions.put(connection.id(), Optional.of(subscriber));
    try {
      subscriber.start(SocketQuery.parse(connection.handshakeRequest().query()));
    } catch (RuntimeException e) {
      // A bad resend request, or the conversation deleted meanwhile.
      LOG.debugf(e, "socket %s refused", connection.id());
      sessions.remove(connection.id());
      close(connection, new CloseReason(1008, "Subscription refused"));
    }
  }

  private Optional<Conversation> conversation(WebSocketConnection connection) {
    return ConversationIds.parse(connection.pathParam("conversation_id")).flatMap(service::get);
  }

  private void close(WebSocketConnection connection, CloseReason reason) {
    sessions.remove(connection.id());
    connection.close(reason).subscribe().with(ok -> {}, err -> {});
  }
}
