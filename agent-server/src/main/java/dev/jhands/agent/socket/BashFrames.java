package dev.jhands.agent.socket;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jhands.agent.bash.BashRunner;
import dev.jhands.events.bash.BashError;
import dev.jhands.events.bash.BashEvent;
import dev.jhands.events.bash.ExecuteBashRequest;
import dev.jhands.events.json.Wire;
import org.jboss.logging.Logger;

/**
 * What a client may send on {@code /sockets/bash-events}: {@code {command, cwd?, timeout?}},
 * started as {@code POST /api/bash/start_bash_command} starts it (same checks), or a redundant auth
 * frame, which is ignored. Anything else is answered with a {@link BashError} and the socket stays
 * open. The command's events reach every bash socket through the log, this one included.
 */
final class BashFrames {

  private static final Logger LOG = Logger.getLogger(BashFrames.class);

  private BashFrames() {}

  static void handle(BashRunner runner, Subscriber<BashEvent> subscriber, String frame) {
    try {
      JsonNode node = Wire.mapper().readTree(frame);
      if (SocketGate.isAuth(node)) {
        return;
      }
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("Expected {\"command\": ..., \"cwd\"?, \"timeout\"?}");
      }
      runner.start(Wire.mapper().treeToValue(node, ExecuteBashRequest.class));
    } catch (Exception e) {
      LOG.debugf(e, "bad bash frame");
      subscriber.reply(BashError.of(e.getClass().getSimpleName(), detail(e)));
    }
  }

  private static String detail(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
  }
}
