package dev.jhands.agent.socket;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.jhands.agent.AgentServerConfig;
import dev.jhands.agent.bash.BashEventLog;
import dev.jhands.agent.bash.BashRunner;
import dev.jhands.events.bash.BashEvent;
import dev.jhands.events.json.Wire;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * {@code /sockets/bash-events} (contract §3): the same auth as the conversation socket; with {@code
 * resend_all=true} or {@code resend_mode=all} every stored bash event oldest first, then the live
 * BashCommand and BashOutput events; client frames start commands.
 */
@WebSocket(path = "/sockets/bash-events")
public class BashWebSocket {

  private static final Logger LOG = Logger.getLogger(BashWebSocket.class);
  static final CloseReason TOO_MANY = new CloseReason(1013, "Too many bash event connections");
  private static final ObjectWriter WRITER = Wire.mapper().writerFor(BashEvent.class);

  private final BashEventLog log;
  private final BashRunner runner;
  private final int queueCapacity;
  private final int maxSubscribers;
  private final SocketGate<Subscriber<BashEvent>> gate;

  public BashWebSocket(
      SocketAuth auth, BashEventLog log, BashRunner runner, Vertx vertx, AgentServerConfig config) {
    this.log = log;
    this.runner = runner;
    this.queueCapacity = config.socket().queueCapacity();
    this.maxSubscribers = config.socket().maxBashSubscribers();
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
    Subscriber<BashEvent> subscriber = gate.frame(connection, frame);
    if (subscriber != null) {
      BashFrames.handle(runner, subscriber, frame);
    }
  }

  @OnClose
  public void closed(WebSocketConnection connection) {
    gate.closed(connection);
  }

  /** Registers and snapshots under the log's lock: no gap and no duplicate at the seam. */
  private Subscriber<BashEvent> subscribe(WebSocketConnection connection) {
    boolean resendAll;
    try {
      resendAll = SocketQuery.parse(connection.handshakeRequest().query()).resendAll();
    } catch (IllegalArgumentException e) {
      LOG.debugf(e, "bash socket %s refused", connection.id());
      gate.close(connection, new CloseReason(1008, e.getMessage()));
      return null;
    }
    Subscriber<BashEvent> subscriber =
        new Subscriber<>(connection, WRITER, queueCapacity, log::unsubscribe);
    Optional<List<BashEvent>> stored = log.subscribe(subscriber, maxSubscribers);
    if (stored.isEmpty()) {
      gate.close(connection, TOO_MANY);
      return null;
    }
    subscriber.start(resendAll ? stored.get() : List.of());
    return subscriber;
  }
}
