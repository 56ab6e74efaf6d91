package dev.jhands.action.file;

import dev.jhands.action.execute.ActionHandler;
import dev.jhands.action.execute.InvalidActionException;
import dev.jhands.events.sandbox.FileEditAction;
import dev.jhands.events.sandbox.FileEditObservation;
import dev.jhands.events.sandbox.FileEditSource;
import dev.jhands.events.sandbox.SandboxObservation;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Objects;

/**
 * {@code edit} with {@code impl_source: oh_aci}: one editor command. Editor errors are the
 * observation's content ({@code "ERROR:\n..."}), as in OpenHands.
 *
 * <p>Kept for clients: {@code old_content}/{@code new_content} echo the action's {@code
 * old_str}/{@code new_str} and {@code prev_exist} stays false; the {@code diff} is made from the
 * real texts.
 */
@Singleton
public class FileEditHandler implements ActionHandler<FileEditAction> {

  private final OhEditor editor;

  public FileEditHandler(OhEditor editor) {
    this.editor = editor;
  }

  @Override
  public Class<FileEditAction> actionType() {
    return FileEditAction.class;
  }

  @Override
  public SandboxObservation execute(FileEditAction action, Duration timeout) {
    if (action.implSource() != FileEditSource.OH_ACI) {
      throw new InvalidActionException(
          "An edit with impl_source 'llm_based_edit' is applied by the agent itself; the action"
              + " execution server runs only 'oh_aci' edits");
    }
    EditorRequest request =
        new EditorRequest(
            action.command(),
            action.path(),
            action.fileText(),
            null, // OpenHands does not pass view_range on to the editor for an edit
            action.oldStr(),
            action.newStr(),
            action.insertLine());
    String content;
    String diff;
    try {
      EditorResult result = editor.run(request);
      content = result.output();
      diff =
          UnifiedDiff.of(
              Objects.requireNonNullElse(result.before(), ""),
              Objects.requireNonNullElse(result.after(), ""),
              action.path());
    } catch (ToolError e) {
      content = "ERROR:\n" + e.getMessage();
      diff = "";
    }
    return new FileEditObservation(
        content,
        action.path(),
        false,
        action.oldStr(),
        action.newStr(),
        FileEditSource.OH_ACI,
        diff);
  }
}
