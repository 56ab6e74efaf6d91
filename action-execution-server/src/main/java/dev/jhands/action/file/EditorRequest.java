package dev.jhands.action.file;

import java.util.List;

/** One editor call: OHEditor's parameters, each null when not given. */
record EditorRequest(
    String command,
    String path,
    String fileText,
    List<Integer> viewRange,
    String oldStr,
    String newStr,
    Integer insertLine) {

  static EditorRequest view(String path, List<Integer> viewRange) {
    return new EditorRequest("view", path, null, viewRange, null, null, null);
  }
}
