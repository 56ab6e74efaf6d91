package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One event of a conversation, as the agent server stores it, serves it from {@code /events}, sends
 * it on the WebSocket and posts it in webhooks: {@code {"kind": "<class name>", "id", "timestamp",
 * "source", ...}}.
 *
 * <p>An event search answers with a {@code Page<Event>} ({@code dev.jhands.events.api.Page}).
 * Events of kinds this model does not know (newer SDKs stream more) read as {@link UnknownEvent}
 * and are written back unchanged. HEAD's {@code parent_id} is not written, because the baseline SDK
 * rejects events with fields it does not know.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    property = "kind",
    visible = true,
    defaultImpl = UnknownEvent.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = SystemPromptEvent.class, name = "SystemPromptEvent"),
  @JsonSubTypes.Type(value = MessageEvent.class, name = "MessageEvent"),
  @JsonSubTypes.Type(value = ActionEvent.class, name = "ActionEvent"),
  @JsonSubTypes.Type(value = ObservationEvent.class, name = "ObservationEvent"),
  @JsonSubTypes.Type(value = UserRejectObservation.class, name = "UserRejectObservation"),
  @JsonSubTypes.Type(value = AgentErrorEvent.class, name = "AgentErrorEvent"),
  @JsonSubTypes.Type(value = PauseEvent.class, name = "PauseEvent"),
  @JsonSubTypes.Type(value = Condensation.class, name = "Condensation"),
  @JsonSubTypes.Type(value = CondensationRequest.class, name = "CondensationRequest"),
  @JsonSubTypes.Type(value = CondensationSummaryEvent.class, name = "CondensationSummaryEvent"),
  @JsonSubTypes.Type(
      value = ConversationStateUpdateEvent.class,
      name = "ConversationStateUpdateEvent"),
  @JsonSubTypes.Type(value = ConversationErrorEvent.class, name = "ConversationErrorEvent"),
  @JsonSubTypes.Type(value = TokenEvent.class, name = "TokenEvent"),
  @JsonSubTypes.Type(value = ServerErrorEvent.class, name = "ServerErrorEvent")
})
public sealed interface Event
    permits SystemPromptEvent,
        MessageEvent,
        ActionEvent,
        ObservationEvent,
        UserRejectObservation,
        AgentErrorEvent,
        PauseEvent,
        Condensation,
        CondensationRequest,
        CondensationSummaryEvent,
        ConversationStateUpdateEvent,
        ConversationErrorEvent,
        TokenEvent,
        ServerErrorEvent,
        UnknownEvent {

  /** A UUID string, unique in the conversation. */
  String id();

  /** When the event happened: see {@link EventTimestamps}. */
  String timestamp();

  EventSource source();
}
