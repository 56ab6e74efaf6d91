package dev.jhands.action.file;

/**
 * What an editor command printed, and the file's text before and after it (null where the command
 * changed nothing), from which the observation's diff is made.
 */
record EditorResult(String output, String before, String after) {

  static EditorResult viewed(String output) {
    return new EditorResult(output, null, null);
  }
}
