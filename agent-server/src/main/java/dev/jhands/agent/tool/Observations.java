package dev.jhands.agent.tool;

import dev.jhands.events.sandbox.ErrorObservation;
import dev.jhands.events.sandbox.SandboxObservation;

/** Reading what the action-execution server answered when it was not the expected observation. */
final class Observations {

  private Observations() {}

  static String text(SandboxObservation observation) {
    if (observation instanceof ErrorObservation error) {
      return error.content();
    }
    return observation.message();
  }

  static boolean isError(SandboxObservation observation) {
    return observation instanceof ErrorObservation;
  }
}
