package dev.jhands.agent.conversation;

import dev.jhands.events.conversation.Event;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The service's listeners as one, which every conversation of the service calls. */
final class ConversationListeners implements ConversationListener {

  private final List<ConversationListener> listeners = new CopyOnWriteArrayList<>();

  void add(ConversationListener listener) {
    listeners.add(listener);
  }

  @Override
  public void onEvent(Conversation conversation, Event event) {
    listeners.forEach(l -> l.onEvent(conversation, event));
  }

  @Override
  public void onStarted(Conversation conversation) {
    listeners.forEach(l -> l.onStarted(conversation));
  }

  @Override
  public void onRenamed(Conversation conversation) {
    listeners.forEach(l -> l.onRenamed(conversation));
  }

  @Override
  public void onDeleting(Conversation conversation) {
    listeners.forEach(l -> l.onDeleting(conversation));
  }
}
