package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.llm.Content;
import java.util.List;

/**
 * The {@code file_editor} tool's result: {@code {"kind": "FileEditorObservation", "content",
 * "is_error", "command", "path", "prev_exist", "old_content", "new_content"}}; the two contents let
 * a client render a diff. {@code prev_exist} defaults to true.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileEditorObservation(
    List<Content> content,
    boolean isError,
    FileEditorCommand command,
    String path,
    Boolean prevExist,
    String oldContent,
    String newContent)
    implements ToolObservation {

  public FileEditorObservation {
    content = content == null ? List.of() : List.copyOf(content);
    prevExist = prevExist == null ? Boolean.TRUE : prevExist;
  }
}
