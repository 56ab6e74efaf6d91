package dev.jhands.events.sandbox;

/**
 * One OpenHands action: on the wire, the {@code args} of an event whose {@code action} key holds
 * the type string from the record's {@code @JsonTypeName}. It always travels in a {@link
 * SandboxActionEvent}, which adds the type, the header and the computed {@code message}.
 *
 * <p>Only the first seven types are executed by the action-execution server; the rest appear in
 * event streams.
 */
public sealed interface SandboxAction
    permits CmdRunAction,
        IPythonRunCellAction,
        FileReadAction,
        FileWriteAction,
        FileEditAction,
        BrowseUrlAction,
        BrowseInteractiveAction,
        McpAction,
        MessageAction,
        SystemMessageAction,
        AgentFinishAction,
        AgentThinkAction,
        AgentRejectAction,
        AgentDelegateAction,
        RecallAction,
        ChangeAgentStateAction,
        CondensationAction,
        CondensationRequestAction,
        TaskTrackingAction,
        LoopRecoveryAction,
        NullAction {

  /** The human-readable text OpenHands writes as the event's {@code message}. */
  String message();

  /** The wire type string, e.g. {@code "run"}. */
  default String actionType() {
    return TypeRegistry.ACTIONS.nameOf(this);
  }
}
