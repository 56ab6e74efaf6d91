package dev.jhands.testing.llm;

/**
 * Decides a turn from the request it answers, for tests whose reply depends on what the agent sent
 * (e.g. echoing a tool-call id, or failing only once the history grows). Runs on a server thread;
 * an exception it throws becomes a 500 whose message names it, so the test sees the failure.
 */
@FunctionalInterface
public interface Responder {

  /** The turn that answers {@code request}. */
  Turn respond(RecordedRequest request);
}
