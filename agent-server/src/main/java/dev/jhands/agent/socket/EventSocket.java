package dev.jhands.agent.socket;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.jhands.agent.AgentServerConfig;
import dev.jhands.agent.conversation.Conversation;
import dev.jhands.agent.conversation.ConversationIds;
import dev.jhands.agent.conversation.ConversationService;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.json.Wire;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * {@code /sockets/events/{conversation_id}} (contract §3): the full state, an optional backlog,
 * then live events; a client frame holding a user Message is appended like {@code POST .../events}.
 * The endpoint only routes; {@link SocketGate} authenticates, {@link Subscriber} sends and {@link
 * ClientFrames} reads.
 */
@WebSocket(path = "/sockets/events/{conversation_id}")
public class EventSocket {

  private static final Logger LOG = Logger.getLogger(EventSocket.class);
  static final CloseReason NOT_FOUND = new CloseReason(4004, "Conversation not found");
  static final CloseReason REFUSED = new CloseReason(1008, "Subscription refused");
  private static final ObjectWriter WRITER = Wire.mapper().writerFor(Event.class);

  private final ConversationService service;
  private final int queueCapacity;
  private final SocketGate<Subscriber<Event>> gate;

  public EventSocket(
      SocketAuth auth, ConversationService service, Vertx vertx, AgentServerConfig config) {
    this.service = service;
    this.queueCapacity = config.socket().queueCapacity();
    this.gate =
        new SocketGate<>(
            auth, vertx, config.socket().authWindow(), this::subscribe, Subscriber::stop);
  }

  @OnOpen
  public void open(WebSocketConnection connection) {
    gate.open(connection);
  }

  @OnTextMessage
  public void message(WebSocketConnection connection, String frame) {
    Subscriber<Event> subscriber = gate.frame(connection, frame);
    if (subscriber != null) {
      new ClientFrames(service, conversation(connection).orElse(null), subscriber).handle(frame);
    }
  }

  @OnClose
  public void closed(WebSocketConnection connection) {
    gate.closed(connection);
  }

  /**
   * Registers the subscriber and takes the snapshot in one step under the conversation's lock, so
   * the backlog and the live events meet with no gap and no duplicate.
   */
  private Subscriber<Event> subscribe(WebSocketConnection connection) {
    Optional<Conversation> conversation = conversation(connection);
    if (conversation.isEmpty()) {
      gate.close(connection, NOT_FOUND);
      return null;
    }
    Subscriber<Event> subscriber =
        new Subscriber<>(connection, WRITER, queueCapacity, conversation.get()::unsubscribe);
    try {
      Conversation.Snapshot snapshot = conversation.get().subscribe(subscriber);
      List<Event> first = new ArrayList<>();
      first.add(Conversation.fullState(snapshot.info()));
      try {
        first.addAll(
            SocketQuery.parse(connection.handshakeRequest().query()).backlog(snapshot.events()));
      } catch (RuntimeException e) {
        subscriber.stop();
        throw e;
      }
      subscriber.start(first);
      return subscriber;
    } catch (RuntimeException e) {
      // A bad resend request, or the conversation deleted meanwhile.
      LOG.debugf(e, "socket %s refused", connection.id());
      gate.close(connection, REFUSED);
      return null;
    }
  }

  private Optional<Conversation> conversation(WebSocketConnection connection) {
    return ConversationIds.parse(connection.pathParam("conversation_id")).flatMap(service::get);
  }
}
