package dev.jhands.agent.loop;

import dev.jhands.events.conversation.ActionEvent;
import dev.jhands.events.conversation.AgentErrorEvent;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.ObservationEvent;
import dev.jhands.events.conversation.UserRejectObservation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The actions that were decided but not run: what a confirmation waits on. */
final class PendingActions {

  private PendingActions() {}

  static List<ActionEvent> of(List<Event> log) {
    Set<String> answered = new HashSet<>();
    for (Event event : log) {
      switch (event) {
        case ObservationEvent o -> answered.add(o.actionId());
        case UserRejectObservation r -> answered.add(r.actionId());
        case AgentErrorEvent e when e.toolCallId() != null ->
            answered.add("call:" + e.toolCallId());
        default -> {}
      }
    }
    List<ActionEvent> pending = new ArrayList<>();
    for (Event event : log) {
      if (event instanceof ActionEvent action
          && action.action() != null
          && !answered.contains(action.id())
          && !answered.contains("call:" + action.toolCallId())) {
        pending.add(action);
      }
    }
    return pending;
  }
}
