package dev.jhands.events.conversation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Event kinds in both spellings: the short class name written in {@code kind} ({@code
 * MessageEvent}) and the module-qualified class path the agent server's {@code kind} search filter
 * compares with ({@code openhands.sdk.event.llm_convertible.message.MessageEvent}). Search accepts
 * either; clients should not rely on which.
 */
public final class EventKinds {

  private static final String SDK = "openhands.sdk.event.";
  private static final String LLM_CONVERTIBLE = SDK + "llm_convertible.";

  private static final Map<String, String> QUALIFIED_BY_SHORT =
      Map.ofEntries(
          Map.entry("SystemPromptEvent", LLM_CONVERTIBLE + "system.SystemPromptEvent"),
          Map.entry("MessageEvent", LLM_CONVERTIBLE + "message.MessageEvent"),
          Map.entry("ActionEvent", LLM_CONVERTIBLE + "action.ActionEvent"),
          Map.entry("ObservationEvent", LLM_CONVERTIBLE + "observation.ObservationEvent"),
          Map.entry("UserRejectObservation", LLM_CONVERTIBLE + "observation.UserRejectObservation"),
          Map.entry("AgentErrorEvent", LLM_CONVERTIBLE + "observation.AgentErrorEvent"),
          Map.entry("PauseEvent", SDK + "user_action.PauseEvent"),
          Map.entry("Condensation", SDK + "condenser.Condensation"),
          Map.entry("CondensationRequest", SDK + "condenser.CondensationRequest"),
          Map.entry("CondensationSummaryEvent", SDK + "condenser.CondensationSummaryEvent"),
          Map.entry(
              "ConversationStateUpdateEvent",
              SDK + "conversation_state.ConversationStateUpdateEvent"),
          Map.entry("ConversationErrorEvent", SDK + "conversation_error.ConversationErrorEvent"),
          Map.entry("TokenEvent", SDK + "token.TokenEvent"),
          Map.entry("ServerErrorEvent", "openhands.agent_server.models.ServerErrorEvent"));

  private static final Map<String, String> SHORT_BY_QUALIFIED =
      QUALIFIED_BY_SHORT.entrySet().stream()
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

  private EventKinds() {}

  /** The short kinds this model knows. */
  public static Set<String> known() {
    return QUALIFIED_BY_SHORT.keySet();
  }

  /** The qualified class path for a kind given in either spelling, if known. */
  public static Optional<String> qualified(String kind) {
    if (SHORT_BY_QUALIFIED.containsKey(kind)) {
      return Optional.of(kind);
    }
    return Optional.ofNullable(QUALIFIED_BY_SHORT.get(kind));
  }

  /**
   * The short kind for a kind given in either spelling. An unknown qualified path gives its last
   * segment, which is the class name.
   */
  public static String shortKind(String kind) {
    String known = SHORT_BY_QUALIFIED.get(kind);
    if (known != null) {
      return known;
    }
    return kind.substring(kind.lastIndexOf('.') + 1);
  }

  /** The short kind of an event, as written in its {@code kind} field. */
  public static String kindOf(Event event) {
    return event instanceof UnknownEvent unknown
        ? unknown.kind()
        : event.getClass().getSimpleName();
  }

  /** Whether an event passes a {@code kind} filter in either spelling; a null filter passes all. */
  public static boolean matches(Event event, String kindFilter) {
    if (kindFilter == null) {
      return true;
    }
    String kind = kindOf(event);
    if (kind == null || kindFilter.indexOf('.') < 0) {
      return kindFilter.equals(kind);
    }
    String qualified = QUALIFIED_BY_SHORT.get(kind);
    // An unknown event's module is unknown too, so only its class name can be compared.
    return qualified != null ? qualified.equals(kindFilter) : shortKind(kindFilter).equals(kind);
  }
}
