package dev.jhands.agent.socket;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jhands.agent.conversation.Conversation;
import dev.jhands.agent.conversation.ConversationService;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.SendMessageRequest;
import dev.jhands.events.conversation.ServerErrorEvent;
import dev.jhands.events.json.Wire;
import org.jboss.logging.Logger;

/**
 * What a client may send: an SDK Message, appended as a user MessageEvent that starts a run if none
 * is going (as {@code POST .../events} with {@code run: true}), or a redundant auth frame, which is
 * ignored. Anything else is answered with a ServerErrorEvent and the connection stays open.
 */
final class ClientFrames {

  private static final Logger LOG = Logger.getLogger(ClientFrames.class);

  private final ConversationService service;
  private final Conversation conversation;
  private final Subscriber<Event> subscriber;

  ClientFrames(
      ConversationService service, Conversation conversation, Subscriber<Event> subscriber) {
    this.service = service;
    this.conversation = conversation;
    this.subscriber = subscriber;
  }

  void handle(String frame) {
    try {
      JsonNode node = Wire.mapper().readTree(frame);
      if (SocketGate.isAuth(node)) {
        return;
      }
      // The request defaults a missing role and content; a frame with neither is not a Message.
      if (node == null || !node.isObject() || !(node.has("role") || node.has("content"))) {
        throw new IllegalArgumentException("Expected a Message with role and content");
      }
      SendMessageRequest message = Wire.mapper().treeToValue(node, SendMessageRequest.class);
      SendMessageRequest request = new SendMessageRequest(message.role(), message.content(), true);
      if (conversation == null) {
        throw new IllegalStateException("Conversation not found");
      }
      service.send(conversation, request);
    } catch (Exception e) {
      LOG.debugf(e, "bad client frame");
      subscriber.reply(ServerErrorEvent.of(e.getClass().getSimpleName(), detail(e)));
    }
  }

  private static String detail(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
  }
}
