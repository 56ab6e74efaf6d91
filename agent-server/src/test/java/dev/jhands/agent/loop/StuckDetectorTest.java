package dev.jhands.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jhands.events.conversation.ActionEvent;
import dev.jhands.events.conversation.AgentErrorEvent;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.EventSource;
import dev.jhands.events.conversation.MessageEvent;
import dev.jhands.events.conversation.ObservationEvent;
import dev.jhands.events.llm.Message;
import dev.jhands.events.llm.MessageToolCall;
import dev.jhands.events.llm.Role;
import dev.jhands.events.llm.TextContent;
import dev.jhands.events.tool.TerminalAction;
import dev.jhands.events.tool.TerminalObservation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StuckDetectorTest {

  private final List<Event> log = new ArrayList<>(List.of(user("go")));
  private int calls;

  @Test
  void threeRepeatsAreNotYetStuckFourAre() {
    for (int i = 0; i < 3; i++) {
      step("ls", "a b", false);
    }
    assertThat(StuckDetector.check(log)).isEmpty();
    step("ls", "a b", false);
    assertThat(StuckDetector.check(log)).hasValueSatisfying(why -> assertThat(why).contains("4"));
  }

  @Test
  void theSameCommandWithDifferentOutputIsProgress() {
    for (int i = 0; i < 6; i++) {
      step("date", "tick " + i, false);
    }
    assertThat(StuckDetector.check(log)).isEmpty();
  }

  @Test
  void threeIdenticalFailuresAreStuck() {
    for (int i = 0; i < 3; i++) {
      step("make", "error " + i, true);
    }
    assertThat(StuckDetector.check(log))
        .hasValueSatisfying(why -> assertThat(why).contains("failed"));
  }

  @Test
  void threeAgentErrorsForTheSameCallAreStuck() {
    for (int i = 0; i < 3; i++) {
      ActionEvent action = action("bad");
      log.add(action);
      log.add(new AgentErrorEvent(null, null, null, "terminal", action.toolCallId(), "invalid"));
    }
    assertThat(StuckDetector.check(log)).isPresent();
  }

  @Test
  void twoActionsAlternatingForSixStepsAreStuck() {
    for (int i = 0; i < 3; i++) {
      step("cd a", "ok a", false);
      step("cd b", "ok b", false);
    }
    assertThat(StuckDetector.check(log))
        .hasValueSatisfying(why -> assertThat(why).contains("alternating"));
  }

  @Test
  void threeAgentMessagesInARowAreAMonologue() {
    for (int i = 0; i < 3; i++) {
      log.add(
          new MessageEvent(
              null,
              null,
              EventSource.AGENT,
              Message.of(Role.ASSISTANT, List.of(TextContent.of("hm " + i))),
              null,
              null,
              null));
    }
    assertThat(StuckDetector.check(log)).isPresent();
  }

  @Test
  void onlyEventsAfterTheLastUserMessageCount() {
    for (int i = 0; i < 4; i++) {
      step("ls", "a b", false);
    }
    log.add(user("try something else"));
    assertThat(StuckDetector.check(log)).isEmpty();
  }

  private void step(String command, String output, boolean error) {
    ActionEvent action = action(command);
    log.add(action);
    log.add(
        ObservationEvent.answering(
            action,
            new TerminalObservation(
                List.of(TextContent.of(output)), error, command, error ? 1 : 0, false, null)));
  }

  private ActionEvent action(String command) {
    String id = "call_" + calls++;
    return new ActionEvent(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        TerminalAction.of(command),
        "terminal",
        id,
        MessageToolCall.completion(id, "terminal", "{\"command\":\"" + command + "\"}"),
        "resp_" + id,
        null);
  }

  private static MessageEvent user(String text) {
    return MessageEvent.fromUser(Message.user(text));
  }
}
