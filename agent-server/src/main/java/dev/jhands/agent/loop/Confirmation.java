package dev.jhands.agent.loop;

import dev.jhands.events.conversation.ActionEvent;
import dev.jhands.events.conversation.ConfirmationPolicy;
import dev.jhands.events.tool.FinishAction;
import dev.jhands.events.tool.ThinkAction;
import java.util.List;

/**
 * Whether a batch of actions waits for the user: never for a lone finish or think; otherwise when
 * the policy wants it for the risk of any action, the model's own {@code security_risk} estimate.
 */
final class Confirmation {

  private Confirmation() {}

  static boolean required(ConfirmationPolicy policy, List<ActionEvent> batch) {
    if (policy == null) {
      return false;
    }
    if (batch.size() == 1
        && (batch.getFirst().action() instanceof FinishAction
            || batch.getFirst().action() instanceof ThinkAction)) {
      return false;
    }
    return batch.stream().anyMatch(action -> policy.shouldConfirm(action.securityRisk()));
  }
}
