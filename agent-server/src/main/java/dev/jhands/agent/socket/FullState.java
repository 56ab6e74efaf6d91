package dev.jhands.agent.socket;

import dev.jhands.events.conversation.ConversationInfo;
import dev.jhands.events.conversation.ConversationStateUpdateEvent;
import dev.jhands.events.json.Wire;

/** The {@code full_state} update a socket gets first: the state as REST describes it. */
final class FullState {

  private FullState() {}

  static ConversationStateUpdateEvent of(ConversationInfo info) {
    return ConversationStateUpdateEvent.fullState(Wire.mapper().valueToTree(info));
  }
}
