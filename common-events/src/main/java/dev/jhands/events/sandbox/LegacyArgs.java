package dev.jhands.events.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rewrites the action arguments of older OpenHands event streams into today's, in the order
 * OpenHands' {@code action_from_dict} and {@code handle_action_deprecated_args} apply them.
 */
final class LegacyArgs {

  private static final String FILE_EDITOR_CALL = "print(file_editor(**";

  private LegacyArgs() {}

  /**
   * Rewrites {@code args} in place and returns the legacy {@code args.timestamp}, which stands in
   * for a missing top-level timestamp, or null.
   */
  static String apply(ObjectNode args) {
    JsonNode timestamp = args.remove("timestamp");

    JsonNode isConfirmed = args.remove("is_confirmed");
    if (isConfirmed != null && !isConfirmed.isNull()) {
      args.set("confirmation_state", isConfirmed);
    }
    if (args.has("images_urls")) {
      args.set("image_urls", args.remove("images_urls"));
    }
    args.remove("keep_prompt");
    args.remove("task_completed");
    if (args.has("translated_ipython_code")) {
      applyTranslatedIpythonCode(args, args.remove("translated_ipython_code"));
    }

    return timestamp != null && timestamp.isTextual() && !timestamp.textValue().isEmpty()
        ? timestamp.textValue()
        : null;
  }

  // Old streams stored file-editor calls as Python source; their keyword arguments become the
  // action's arguments, and a "view" command is dropped because it maps to a read.
  private static void applyTranslatedIpythonCode(ObjectNode args, JsonNode code) {
    if (code.isTextual()
        && code.textValue().startsWith(FILE_EDITOR_CALL)
        && code.textValue().endsWith("))")) {
      String literal =
          code.textValue().substring(FILE_EDITOR_CALL.length(), code.textValue().length() - 2);
      try {
        if (PythonLiteral.parse(literal) instanceof ObjectNode editorArgs) {
          args.setAll(editorArgs);
        }
      } catch (PythonLiteral.SyntaxError e) {
        // OpenHands ignores code it cannot evaluate; the legacy key is simply dropped.
      }
    }
    JsonNode command = args.get("command");
    if (command != null && command.isTextual() && command.textValue().equals("view")) {
      args.remove("command");
    }
  }
}
