package dev.jhands.events.api;

/**
 * The body of {@code GET /alive} on both in-sandbox servers: {@code {"status": "ok"}}, or {@code
 * "not initialized"} on the action-execution server before its start-up finishes.
 */
public record AliveStatus(String status) {

  public static final AliveStatus OK = new AliveStatus("ok");
  public static final AliveStatus NOT_INITIALIZED = new AliveStatus("not initialized");
}
