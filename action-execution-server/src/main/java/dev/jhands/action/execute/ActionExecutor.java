package dev.jhands.action.execute;

import dev.jhands.action.ActionExecutionConfig;
import dev.jhands.events.sandbox.SandboxAction;
import dev.jhands.events.sandbox.SandboxActionEvent;
import dev.jhands.events.sandbox.SandboxObservation;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs one action at a time, as OpenHands does: the shell, the kernel and the browser are single
 * sessions, and two actions interleaving in them would garble both. Callers queue fairly.
 */
@ApplicationScoped
public class ActionExecutor {

  private final Map<Class<?>, ActionHandler<?>> handlers = new HashMap<>();
  private final ReentrantLock oneAtATime = new ReentrantLock(true);
  private final ActivityClock clock;
  private final Duration defaultTimeout;

  public ActionExecutor(
      @All List<ActionHandler<?>> handlers, ActionExecutionConfig config, ActivityClock clock) {
    for (ActionHandler<?> handler : handlers) {
      ActionHandler<?> previous = this.handlers.put(handler.actionType(), handler);
      if (previous != null) {
        throw new IllegalStateException("two handlers for " + handler.actionType().getName());
      }
    }
    this.clock = clock;
    this.defaultTimeout = config.defaultTimeout();
  }

  public SandboxObservation execute(SandboxActionEvent event) throws Exception {
    SandboxAction action = event.action();
    ActionHandler<?> handler = handlers.get(action.getClass());
    if (handler == null) {
      throw new InvalidActionException(
          "Action type '"
              + action.actionType()
              + "' is not executed by the action execution server");
    }
    Duration timeout =
        event.timeout() == null
            ? defaultTimeout
            : Duration.ofMillis(Math.round(event.timeout() * 1000));
    oneAtATime.lockInterruptibly();
    clock.begin();
    try {
      return run(handler, action, timeout);
    } finally {
      clock.end();
      oneAtATime.unlock();
    }
  }

  @SuppressWarnings("unchecked")
  private static <A extends SandboxAction> SandboxObservation run(
      ActionHandler<A> handler, SandboxAction action, Duration timeout) throws Exception {
    return handler.execute((A) action, timeout);
  }
}
