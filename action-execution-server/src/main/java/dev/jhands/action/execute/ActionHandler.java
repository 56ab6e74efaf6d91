package dev.jhands.action.execute;

import dev.jhands.events.sandbox.SandboxAction;
import dev.jhands.events.sandbox.SandboxObservation;
import java.time.Duration;

/**
 * Executes one kind of sandbox action and returns its observation. Each feature package (bash,
 * files, IPython, browser) provides its handlers as CDI beans; {@link ActionExecutor} finds them by
 * {@link #actionType()}.
 *
 * <p>A failure the agent should see (a missing file, a bad editor command) is an observation, not
 * an exception. An exception means the action could not be executed at all and becomes an HTTP
 * error; throw {@link InvalidActionException} for a request that is wrong in itself.
 */
public interface ActionHandler<A extends SandboxAction> {

  Class<A> actionType();

  /**
   * @param timeout the hard limit the caller set ({@code timeout} of the action), or the default
   */
  SandboxObservation execute(A action, Duration timeout) throws Exception;
}
