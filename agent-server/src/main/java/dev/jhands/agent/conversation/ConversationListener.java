package dev.jhands.agent.conversation;

import dev.jhands.events.conversation.Event;

/**
 * Told of what happens to every conversation of the service (the webhooks listen). Each call comes
 * under the conversation's lock, right after the change is on disk: a listener must not block, or
 * it stalls every appender; it hands off to a queue of its own.
 */
public interface ConversationListener {

  /** An event was appended to the conversation's log. */
  default void onEvent(Conversation conversation, Event event) {}

  /** The conversation was created (its initial message, if any, already appended). */
  default void onStarted(Conversation conversation) {}

  /** The conversation got a new title. */
  default void onRenamed(Conversation conversation) {}

  /** The conversation is about to be deleted; it can still describe itself. */
  default void onDeleting(Conversation conversation) {}
}
