package dev.jhands.events.api;

/** The generic success body of the agent server: {@code {"success": true}}. */
public record Success(boolean success) {

  public static final Success OK = new Success(true);
  public static final Success FAILED = new Success(false);
}
