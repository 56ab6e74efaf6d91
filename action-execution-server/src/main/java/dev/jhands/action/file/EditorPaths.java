package dev.jhands.action.file;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The editor's paths: printed as Python prints them, and checked as OHEditor checks them. */
final class EditorPaths {

  private EditorPaths() {}

  /** OHEditor's checks of the path against the command, before anything else. */
  static void validate(String command, Path path, Path workspaceRoot) throws ToolError {
    if (!path.isAbsolute()) {
      String hint = "The path should be an absolute path, starting with `/`.";
      Path suggested = pythonPath(workspaceRoot.resolve(path).toString());
      if (Files.exists(suggested)) {
        hint += " Maybe you meant " + suggested + "?";
      }
      throw ToolError.invalid("path", path, hint);
    }
    boolean exists = Files.exists(path);
    if (command.equals("create") && exists) {
      throw ToolError.invalid(
          "path",
          path,
          "File already exists at: " + path + ". Cannot overwrite files using command `create`.");
    }
    if (!command.equals("create") && !exists) {
      throw ToolError.invalid(
          "path", path, "The path " + path + " does not exist. Please provide a valid path.");
    }
    if (!command.equals("view") && Files.isDirectory(path)) {
      throw ToolError.invalid(
          "path",
          path,
          "The path "
              + path
              + " is a directory and only the `view` command can be used on directories.");
    }
    if (!command.equals("view") && EditorFiles.isSupportedBinary(path)) {
      throw ToolError.invalid(
          "path",
          path,
          "The path "
              + path
              + " points to a binary file ("
              + EditorFiles.suffix(path)
              + ") and only the `view` command can be used on supported binary files.");
    }
  }

  /** A path as Python's {@code pathlib} prints it: no "." parts, no doubled or trailing slash. */
  static Path pythonPath(String raw) throws ToolError {
    Path parsed;
    try {
      parsed = Path.of(raw);
    } catch (InvalidPathException e) {
      throw ToolError.invalid("path", raw, "The path contains a character no file name can.");
    }
    List<String> names = new ArrayList<>();
    parsed.forEach(
        name -> {
          if (!name.toString().equals(".") && !name.toString().isEmpty()) {
            names.add(name.toString());
          }
        });
    Path root = parsed.getRoot();
    if (names.isEmpty()) {
      return root == null ? Path.of(".") : root;
    }
    Path result = root == null ? Path.of(names.getFirst()) : root.resolve(names.getFirst());
    for (String name : names.subList(1, names.size())) {
      result = result.resolve(name);
    }
    return result;
  }
}
