package dev.jhands.events.app;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code status} of an app conversation start task (agent-server.md §8, §9), upper case on the
 * wire as OpenHands writes it. The constants are in the order a start goes through them; {@link
 * #ERROR} can follow any stage.
 */
public enum StartTaskStatus {
  WORKING,
  WAITING_FOR_SANDBOX,
  PREPARING_REPOSITORY,
  RUNNING_SETUP_SCRIPT,
  SETTING_UP_GIT_HOOKS,
  STARTING_CONVERSATION,
  READY,
  ERROR;

  @JsonValue
  public String wire() {
    return name();
  }

  @JsonCreator
  public static StartTaskStatus fromWire(String value) {
    return valueOf(value);
  }

  /** True once the task will change no more: the frontend polls until READY or ERROR. */
  public boolean isFinal() {
    return this == READY || this == ERROR;
  }
}
