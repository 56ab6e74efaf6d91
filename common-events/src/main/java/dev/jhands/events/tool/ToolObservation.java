package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.jhands.events.llm.Content;
import java.util.List;

/**
 * The result of one tool call, an ObservationEvent's {@code observation}: {@code {"kind":
 * "<X>Observation", "content": [...], "is_error": false, ...}}.
 *
 * <p>As with {@link ToolAction}, the terminal's is written with the baseline kind {@code
 * ExecuteBashObservation} and read under either name, and unknown kinds read as {@link
 * UnknownToolObservation}.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    property = "kind",
    visible = true,
    defaultImpl = UnknownToolObservation.class)
@JsonSubTypes({
  @JsonSubTypes.Type(
      value = TerminalObservation.class,
      name = "ExecuteBashObservation",
      names = {"TerminalObservation"}),
  @JsonSubTypes.Type(value = FileEditorObservation.class, name = "FileEditorObservation"),
  @JsonSubTypes.Type(value = TaskTrackerObservation.class, name = "TaskTrackerObservation"),
  @JsonSubTypes.Type(value = FinishObservation.class, name = "FinishObservation"),
  @JsonSubTypes.Type(value = ThinkObservation.class, name = "ThinkObservation"),
  @JsonSubTypes.Type(value = BrowserObservation.class, name = "BrowserObservation")
})
public sealed interface ToolObservation
    permits TerminalObservation,
        FileEditorObservation,
        TaskTrackerObservation,
        FinishObservation,
        ThinkObservation,
        BrowserObservation,
        UnknownToolObservation {

  /** What the tool returned; on an error, the error text. */
  List<Content> content();

  /** Whether the tool failed. */
  boolean isError();
}
