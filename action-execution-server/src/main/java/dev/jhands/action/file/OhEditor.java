package dev.jhands.action.file;

import dev.jhands.action.ActionExecutionConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The OHEditor of openhands-aci as the agent's {@code str_replace_editor} tool knows it: {@code
 * view}, {@code create}, {@code str_replace}, {@code insert} and {@code undo_edit} on absolute
 * paths, with its exact texts. One instance per server, so the undo history lasts as long as the
 * process.
 */
@Singleton
public class OhEditor {

  private static final Logger LOG = Logger.getLogger(OhEditor.class);
  private static final String COMMANDS = "view, create, str_replace, insert, undo_edit";

  private final Path workspaceRoot;
  private final EditHistory history;
  private final TextEdits edits;
  private final NewFileOwnership ownership;

  @Inject
  public OhEditor(ActionExecutionConfig config, NewFileOwnership ownership) {
    this(config.workingDir().toAbsolutePath(), EditHistory.inTempDirectory(), ownership);
  }

  OhEditor(Path workspaceRoot, EditHistory history, NewFileOwnership ownership) {
    this.workspaceRoot = workspaceRoot;
    this.history = history;
    this.edits = new TextEdits(history);
    this.ownership = ownership;
  }

  EditorResult run(EditorRequest request) throws ToolError {
    String command = request.command();
    Path path = EditorPaths.pythonPath(request.path());
    EditorPaths.validate(command, path, workspaceRoot);
    switch (command) {
      case "view":
        return EditorResult.viewed(EditorView.view(path, request.viewRange()));
      case "create":
        if (request.fileText() == null) {
          throw ToolError.missing(command, "file_text");
        }
        return create(path, request.fileText());
      case "str_replace":
        if (request.oldStr() == null) {
          throw ToolError.missing(command, "old_str");
        }
        if (Objects.equals(request.newStr(), request.oldStr())) {
          throw ToolError.invalid(
              "new_str",
              request.newStr(),
              "No replacement was performed. `new_str` and `old_str` must be different.");
        }
        return edits.strReplace(path, request.oldStr(), request.newStr());
      case "insert":
        if (request.insertLine() == null) {
          throw ToolError.missing(command, "insert_line");
        }
        if (request.newStr() == null) {
          throw ToolError.missing(command, "new_str");
        }
        return edits.insert(path, request.insertLine(), request.newStr());
      case "undo_edit":
        return undo(path);
      default:
        throw new ToolError(
            "Unrecognized command "
                + command
                + ". The allowed commands for the oh_editor tool are: "
                + COMMANDS);
    }
  }

  private EditorResult create(Path path, String text) throws ToolError {
    EditorFiles.write(path, text, TextFormat.DEFAULT);
    try {
      ownership.apply(path);
    } catch (IOException | UnsupportedOperationException e) {
      // The file is there and readable; the agent can fix its mode in the shell if it must.
      LOG.warnf("created %s but could not set its mode or owner: %s", path, e);
    }
    try {
      history.push(path, EditHistory.Snapshot.ABSENT);
    } catch (IOException e) {
      throw new ToolError("Ran into " + PyErrors.describe(e) + " while saving the edit history");
    }
    return new EditorResult("File created successfully at: " + path, null, text);
  }

  /**
   * Restores the text before the last edit. OHEditor remembers a {@code create} as the created
   * text, so undoing one rewrote the same text; here it removes the file, the state before it.
   */
  private EditorResult undo(Path path) throws ToolError {
    TextCodec.Decoded current = EditorFiles.read(path);
    Optional<EditHistory.Snapshot> last;
    try {
      last = history.pop(path);
    } catch (IOException e) {
      throw new ToolError("Ran into " + PyErrors.describe(e) + " while reading the edit history");
    }
    if (last.isEmpty()) {
      throw new ToolError("No edit history found for " + path + ".");
    }
    String prefix = "Last edit to " + path + " undone successfully. ";
    Optional<String> before = last.get().text();
    if (before.isEmpty()) {
      try {
        Files.delete(path);
      } catch (IOException e) {
        throw new ToolError("Ran into " + PyErrors.describe(e) + " while trying to remove " + path);
      }
      return new EditorResult(
          prefix + "The file did not exist before it was created, so it has been removed.",
          current.text(),
          "");
    }
    EditorFiles.write(path, before.get(), current.format());
    return new EditorResult(
        prefix + EditorOutput.catN(before.get(), path.toString(), 1), current.text(), before.get());
  }
}
