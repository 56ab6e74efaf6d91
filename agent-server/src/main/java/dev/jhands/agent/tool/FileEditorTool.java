package dev.jhands.agent.tool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jhands.events.llm.TextContent;
import dev.jhands.events.sandbox.FileEditAction;
import dev.jhands.events.sandbox.FileEditObservation;
import dev.jhands.events.sandbox.FileEditSource;
import dev.jhands.events.sandbox.FileReadAction;
import dev.jhands.events.sandbox.FileReadObservation;
import dev.jhands.events.sandbox.FileReadSource;
import dev.jhands.events.sandbox.SandboxObservation;
import dev.jhands.events.tool.FileEditorAction;
import dev.jhands.events.tool.FileEditorCommand;
import dev.jhands.events.tool.FileEditorObservation;
import dev.jhands.events.tool.ToolAction;
import dev.jhands.events.tool.ToolNames;
import dev.jhands.events.tool.ToolObservation;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.util.List;

/**
 * {@code file_editor}: view, create, str_replace, insert and undo_edit, run by the action-execution
 * server's OHEditor (a view is a read, the rest are edits, as in OpenHands).
 */
final class FileEditorTool implements Tool {

  private static final String ERROR_PREFIX = "ERROR:";
  private static final JsonObjectSchema PARAMETERS =
      JsonObjectSchema.builder()
          .addEnumProperty(
              "command",
              List.of("view", "create", "str_replace", "insert", "undo_edit"),
              "What to do.")
          .addStringProperty("path", "Absolute path of the file or directory.")
          .addStringProperty("file_text", "For create: the content of the new file.")
          .addStringProperty(
              "old_str", "For str_replace: the exact text to replace; it must occur exactly once.")
          .addStringProperty("new_str", "For str_replace and insert: the new text.")
          .addIntegerProperty("insert_line", "For insert: the line after which new_str goes.")
          .addProperty(
              "view_range",
              JsonArraySchema.builder()
                  .description("For view of a file: [start, end] lines, end -1 for the rest.")
                  .items(new JsonIntegerSchema())
                  .build())
          .required("command", "path")
          .build();

  @Override
  public String name() {
    return ToolNames.FILE_EDITOR;
  }

  @Override
  public String description() {
    return "View, create and edit files. view shows a file with line numbers or lists a directory"
        + " two levels deep; create writes a new file; str_replace replaces one exact occurrence;"
        + " insert adds text after a line; undo_edit reverts the last edit of a file.";
  }

  @Override
  public JsonObjectSchema parameters() {
    return PARAMETERS;
  }

  @Override
  public ToolAction parse(ObjectNode arguments) {
    return ToolArguments.bind(arguments, "FileEditorAction", FileEditorAction.class, PARAMETERS);
  }

  @Override
  public ToolObservation execute(ToolAction toolAction, ToolContext context) {
    FileEditorAction action = (FileEditorAction) toolAction;
    SandboxObservation result =
        action.command() == FileEditorCommand.VIEW
            ? context.sandbox().execute(view(action), null)
            : context.sandbox().execute(edit(action), null);
    SecretEnvironment secrets = context.secrets();
    return switch (result) {
      case FileReadObservation read -> observation(action, read.content(), null, null);
      case FileEditObservation edit ->
          observation(action, edit.content(), edit.oldContent(), edit.newContent());
      default ->
          new FileEditorObservation(
              List.of(TextContent.of(secrets.mask(Observations.text(result)))),
              true,
              action.command(),
              action.path(),
              null,
              null,
              null);
    };
  }

  private static FileEditorObservation observation(
      FileEditorAction action, String content, String oldContent, String newContent) {
    boolean error = content.startsWith(ERROR_PREFIX);
    String text = error ? content.substring(ERROR_PREFIX.length()).strip() : content;
    return new FileEditorObservation(
        List.of(TextContent.of(text)),
        error,
        action.command(),
        action.path(),
        null,
        oldContent,
        newContent);
  }

  private static FileReadAction view(FileEditorAction action) {
    return new FileReadAction(
        action.path(), 0, -1, "", null, FileReadSource.OH_ACI, action.viewRange());
  }

  private static FileEditAction edit(FileEditorAction action) {
    return new FileEditAction(
        action.path(),
        wireName(action.command()),
        action.fileText(),
        action.oldStr(),
        action.newStr(),
        action.insertLine(),
        null,
        null,
        null,
        null,
        null,
        FileEditSource.OH_ACI);
  }

  private static String wireName(FileEditorCommand command) {
    return switch (command) {
      case VIEW -> "view";
      case CREATE -> "create";
      case STR_REPLACE -> "str_replace";
      case INSERT -> "insert";
      case UNDO_EDIT -> "undo_edit";
    };
  }
}
