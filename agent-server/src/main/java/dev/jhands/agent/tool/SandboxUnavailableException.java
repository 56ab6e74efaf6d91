package dev.jhands.agent.tool;

/** The action-execution server failed to answer: the run ends in error, never hangs. */
public final class SandboxUnavailableException extends RuntimeException {

  public SandboxUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
