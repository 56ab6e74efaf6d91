package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The {@code file_editor} tool's arguments: {@code {"kind": "FileEditorAction", "command", "path",
 * "file_text", "old_str", "new_str", "insert_line", "view_range"}}. Which optional fields matter
 * depends on the command; {@code view_range} is {@code [start, end]}, 1-based, end -1 for "to the
 * end".
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileEditorAction(
    FileEditorCommand command,
    String path,
    String fileText,
    String oldStr,
    String newStr,
    Integer insertLine,
    List<Integer> viewRange)
    implements ToolAction {

  public FileEditorAction {
    viewRange = viewRange == null ? null : List.copyOf(viewRange);
  }
}
