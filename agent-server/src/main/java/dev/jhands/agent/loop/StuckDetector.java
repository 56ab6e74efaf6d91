package dev.jhands.agent.loop;

import dev.jhands.events.conversation.ActionEvent;
import dev.jhands.events.conversation.AgentErrorEvent;
import dev.jhands.events.conversation.Condensation;
import dev.jhands.events.conversation.CondensationRequest;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.EventSource;
import dev.jhands.events.conversation.MessageEvent;
import dev.jhands.events.conversation.ObservationEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SDK's stuck detection (contract §7.6), over the events since the last user message: the same
 * action and observation four times, the same action failing three times, three agent messages with
 * no user in between, two actions alternating for six steps, or condensation after condensation
 * with nothing else happening.
 */
final class StuckDetector {

  static final int REPEATS = 4;
  static final int ERROR_REPEATS = 3;
  static final int MONOLOGUE = 3;
  static final int ALTERNATION = 6;
  static final int CONDENSATION_LOOP = 10;

  private StuckDetector() {}

  /** Why the agent is stuck, or empty when it is not. */
  static Optional<String> check(List<Event> log) {
    List<Event> recent = sinceLastUserMessage(log);
    List<Step> steps = steps(recent);
    if (repeats(steps, REPEATS, false)) {
      return Optional.of("the same action and observation repeated " + REPEATS + " times");
    }
    if (repeats(steps, ERROR_REPEATS, true)) {
      return Optional.of("the same action failed " + ERROR_REPEATS + " times in a row");
    }
    if (monologue(recent)) {
      return Optional.of(MONOLOGUE + " agent messages in a row without user input");
    }
    if (alternating(steps)) {
      return Optional.of("two actions alternating for " + ALTERNATION + " steps");
    }
    if (condensationLoop(recent)) {
      return Optional.of("the context window overflowed again after every condensation");
    }
    return Optional.empty();
  }

  /** One action and what answered it (an observation or an error); {@code result} may be null. */
  private record Step(String action, String result, boolean error) {}

  private static List<Event> sinceLastUserMessage(List<Event> log) {
    for (int i = log.size() - 1; i >= 0; i--) {
      if (log.get(i) instanceof MessageEvent m && m.source() == EventSource.USER) {
        return log.subList(i + 1, log.size());
      }
    }
    return log;
  }

  private static List<Step> steps(List<Event> events) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (!(events.get(i) instanceof ActionEvent action)) {
        continue;
      }
      String result = null;
      boolean error = false;
      for (int j = i + 1; j < events.size(); j++) {
        Event next = events.get(j);
        if (next instanceof ObservationEvent o && Objects.equals(o.actionId(), action.id())) {
          result = LlmMessages.text(o.observation().content());
          error = o.observation().isError();
          break;
        }
        if (next instanceof AgentErrorEvent e
            && Objects.equals(e.toolCallId(), action.toolCallId())) {
          result = e.error();
          error = true;
          break;
        }
      }
      steps.add(new Step(signature(action), result, error));
    }
    return steps;
  }

  // The call without its ids: two identical commands are the same action.
  private static String signature(ActionEvent action) {
    String arguments = action.toolCall() == null ? "" : action.toolCall().arguments();
    return action.toolName() + "(" + arguments + ")";
  }

  private static boolean repeats(List<Step> steps, int count, boolean errorsOnly) {
    if (steps.size() < count) {
      return false;
    }
    List<Step> last = steps.subList(steps.size() - count, steps.size());
    Step first = last.getFirst();
    if (first.result() == null) {
      return false;
    }
    for (Step step : last) {
      if (!step.action().equals(first.action())) {
        return false;
      }
      if (errorsOnly ? !step.error() : !Objects.equals(step.result(), first.result())) {
        return false;
      }
    }
    return true;
  }

  private static boolean monologue(List<Event> events) {
    int run = 0;
    for (Event event : events) {
      if (event instanceof MessageEvent m && m.source() == EventSource.AGENT) {
        run++;
        if (run >= MONOLOGUE) {
          return true;
        }
      } else if (event instanceof ActionEvent) {
        run = 0;
      }
    }
    return false;
  }

  private static boolean alternating(List<Step> steps) {
    if (steps.size() < ALTERNATION) {
      return false;
    }
    List<Step> last = steps.subList(steps.size() - ALTERNATION, steps.size());
    Step a = last.get(0);
    Step b = last.get(1);
    if (a.equals(b)) {
      return false;
    }
    for (int i = 0; i < ALTERNATION; i++) {
      if (!last.get(i).equals(i % 2 == 0 ? a : b)) {
        return false;
      }
    }
    return true;
  }

  private static boolean condensationLoop(List<Event> events) {
    int run = 0;
    for (Event event : events) {
      if (event instanceof Condensation || event instanceof CondensationRequest) {
        run++;
      } else if (View.isLlmConvertible(event)) {
        run = 0;
      }
    }
    return run >= CONDENSATION_LOOP;
  }
}
