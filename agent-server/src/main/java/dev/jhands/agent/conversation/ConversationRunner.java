package dev.jhands.agent.conversation;

/**
 * Starts the agent on a conversation. Implemented by the agent loop; the conversations only know
 * that a message with {@code run: true} (or a client frame) must start one.
 */
public interface ConversationRunner {

  /**
   * Starts a run in the background and returns at once.
   *
   * @throws AlreadyRunningException when a run is in progress
   */
  void run(Conversation conversation);

  /**
   * Checks an agent before a conversation is created with it, so that a bad tool name or model is a
   * 400 at once rather than an error at the first run.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  default void validate(dev.jhands.events.conversation.Agent agent) {}

  /** Starts a run unless one is in progress, as sending a message with {@code run} does. */
  default void runIfIdle(Conversation conversation) {
    try {
      run(conversation);
    } catch (AlreadyRunningException e) {
      // The running loop reads the new message at its next step.
    }
  }

  /** A run is already in progress (HTTP 409). */
  final class AlreadyRunningException extends RuntimeException {
    public AlreadyRunningException(String message) {
      super(message);
    }
  }
}
