package dev.jhands.events.sandbox;

/**
 * One OpenHands observation: on the wire, {@code content} plus the {@code extras} of an event whose
 * {@code observation} key holds the type string from the record's {@code @JsonTypeName}. It always
 * travels in a {@link SandboxObservationEvent}; a record's own JSON form is its {@code extras}.
 */
public sealed interface SandboxObservation
    permits CmdOutputObservation,
        IPythonRunCellObservation,
        FileReadObservation,
        FileWriteObservation,
        FileEditObservation,
        BrowserOutputObservation,
        FileDownloadObservation,
        ErrorObservation,
        SuccessObservation,
        NullObservation,
        AgentThinkObservation,
        UserRejectObservation,
        AgentCondensationObservation,
        LoopDetectionObservation,
        AgentStateChangedObservation,
        AgentDelegateObservation,
        McpObservation,
        TaskTrackingObservation,
        RecallObservation {

  /** The observation's main text, written beside {@code extras}. */
  String content();

  /** The human-readable text OpenHands writes as the event's {@code message}. */
  String message();

  /** The wire type string, e.g. {@code "run"}. */
  default String observationType() {
    return TypeRegistry.OBSERVATIONS.nameOf(this);
  }
}
