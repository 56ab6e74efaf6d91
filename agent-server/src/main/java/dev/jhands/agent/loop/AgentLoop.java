package dev.jhands.agent.loop;

import dev.jhands.agent.conversation.Conversation;
import dev.jhands.agent.llm.ContextWindowExceededException;
import dev.jhands.agent.llm.LlmClient;
import dev.jhands.agent.llm.LlmException;
import dev.jhands.agent.llm.LlmReply;
import dev.jhands.agent.tool.SandboxUnavailableException;
import dev.jhands.agent.tool.ToolContext;
import dev.jhands.agent.tool.ToolSet;
import dev.jhands.events.conversation.ActionEvent;
import dev.jhands.events.conversation.CondensationRequest;
import dev.jhands.events.conversation.ConversationErrorEvent;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.EventSource;
import dev.jhands.events.conversation.ExecutionStatus;
import dev.jhands.events.conversation.LLMSummarizingCondenser;
import dev.jhands.events.conversation.MessageEvent;
import dev.jhands.events.conversation.StoredConversation;
import dev.jhands.events.conversation.SystemPromptEvent;
import dev.jhands.events.llm.LlmConfig;
import dev.jhands.events.llm.Message;
import dev.jhands.events.llm.Role;
import dev.jhands.events.llm.TextContent;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * One run of the agent over a conversation (contract §7): step after step until the agent finishes,
 * needs a confirmation, is paused, gets stuck or reaches max_iterations. Any failure ends the run
 * as {@code error} with a ConversationErrorEvent saying why; nothing hangs silently.
 */
final class AgentLoop {

  private static final Logger LOG = Logger.getLogger(AgentLoop.class);
  static final String MAX_ITERATIONS = "MaxIterationsReached";

  private final Conversation conversation;
  private final LlmClient llm;
  private final ToolSet tools;
  private final ToolContext context;
  private final Optional<Condenser> condenser;
  private final ActionRunner actions;
  private final ToolCalls calls;

  AgentLoop(
      Conversation conversation,
      LlmClient llm,
      ToolSet tools,
      ToolContext context,
      Optional<Condenser> condenser) {
    this.conversation = conversation;
    this.llm = llm;
    this.tools = tools;
    this.context = context;
    this.condenser = condenser;
    this.actions = new ActionRunner(conversation, tools, context);
    this.calls = new ToolCalls(tools);
  }

  /** Runs until a stop condition; the status is already {@code running}. */
  void run() {
    StoredConversation meta = conversation.meta();
    try {
      ensureSystemPrompt(meta);
      for (int iteration = 0; ; iteration++) {
        if (conversation.status() != ExecutionStatus.RUNNING) {
          return;
        }
        if (meta.stuckDetection()) {
          Optional<String> stuck = StuckDetector.check(conversation.events());
          if (stuck.isPresent()) {
            LOG.infof("conversation %s is stuck: %s", conversation.hex(), stuck.get());
            conversation.compareAndSetStatus(ExecutionStatus.RUNNING, ExecutionStatus.STUCK);
            return;
          }
        }
        if (iteration >= meta.maxIterations()) {
          fail(
              MAX_ITERATIONS,
              "Reached the maximum of " + meta.maxIterations() + " iterations for one run");
          return;
        }
        step();
      }
    } catch (LlmException e) {
      fail(e.code(), "LLM call failed: " + e.getMessage());
    } catch (SandboxUnavailableException e) {
      fail("SandboxUnavailable", e.getMessage());
    } catch (RuntimeException e) {
      LOG.errorf(e, "run of conversation %s failed", conversation.hex());
      fail(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
    }
  }

  private void step() {
    List<Event> log = conversation.events();
    List<ActionEvent> pending = PendingActions.of(log);
    if (!pending.isEmpty()) {
      // Left waiting for a confirmation: a run after it counts as approval.
      actions.execute(pending);
      return;
    }
    View view = View.of(log);
    if (condenser.isPresent()) {
      Optional<Condenser.Result> condensed = condenser.get().condense(view);
      if (condensed.isPresent()) {
        LlmConfig summariser = condenserConfig();
        conversation.append(condensed.get().condensation());
        conversation.updateStats(
            s ->
                UsageStats.add(
                    s, summariser, condenser.get().llm().model(), condensed.get().reply()));
        return;
      }
    }
    LlmReply reply;
    try {
      reply = llm.complete(LlmMessages.of(view), tools.specifications());
    } catch (ContextWindowExceededException e) {
      if (condenser.isEmpty()) {
        throw e;
      }
      conversation.append(new CondensationRequest(null, null, null));
      return;
    }
    LlmConfig config = conversation.meta().agent().llm();
    conversation.updateStats(s -> UsageStats.add(s, config, llm.model(), reply));
    if (reply.toolCalls().isEmpty()) {
      conversation.append(agentMessage(reply));
      conversation.compareAndSetStatus(ExecutionStatus.RUNNING, ExecutionStatus.FINISHED);
      return;
    }
    List<ActionEvent> valid = calls.record(reply, conversation);
    if (valid.isEmpty()) {
      return;
    }
    if (Confirmation.required(conversation.meta().confirmationPolicy(), valid)) {
      conversation.compareAndSetStatus(
          ExecutionStatus.RUNNING, ExecutionStatus.WAITING_FOR_CONFIRMATION);
      return;
    }
    actions.execute(valid);
  }

  private static MessageEvent agentMessage(LlmReply reply) {
    Message message =
        new Message(
            Role.ASSISTANT,
            List.of(TextContent.of(reply.text())),
            false,
            false,
            false,
            null,
            null,
            null,
            false,
            false,
            reply.reasoning(),
            null,
            null);
    return new MessageEvent(null, null, EventSource.AGENT, message, reply.responseId(), null, null);
  }

  private LlmConfig condenserConfig() {
    return conversation.meta().agent().condenser() instanceof LLMSummarizingCondenser c
            && c.llm() != null
        ? c.llm()
        : conversation.meta().agent().llm();
  }

  /**
   * The first run of a conversation records the prompt and the tools it offers. Messages sent
   * before it stay where they are in the log; the system message still goes first to the model.
   */
  private void ensureSystemPrompt(StoredConversation meta) {
    if (conversation.events().stream().noneMatch(SystemPromptEvent.class::isInstance)) {
      conversation.append(
          new SystemPromptEvent(
              null,
              null,
              null,
              TextContent.of(SystemPrompt.render(meta.agent(), meta.workspace())),
              tools.schemas()));
    }
  }

  private void fail(String code, String detail) {
    String masked = context.secrets().mask(detail);
    try {
      conversation.append(ConversationErrorEvent.of(code, masked));
      conversation.setStatus(ExecutionStatus.ERROR);
    } catch (RuntimeException e) {
      // Deleted meanwhile: there is nothing left to report to.
      LOG.debugf(e, "cannot record the failure of conversation %s", conversation.hex());
    }
  }
}
