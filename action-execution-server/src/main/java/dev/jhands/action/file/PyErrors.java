package dev.jhands.action.file;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * I/O failures worded as Python's {@code OSError} prints them ("[Errno 2] No such file or
 * directory: 'P'"), since the editor's error texts embed them and agents recognise them.
 */
final class PyErrors {

  private PyErrors() {}

  static String describe(IOException e) {
    if (e instanceof FileSystemException fs) {
      String file = fs.getFile() == null ? "" : ": '" + fs.getFile() + "'";
      if (fs instanceof NoSuchFileException) {
        return "[Errno 2] No such file or directory" + file;
      }
      if (fs instanceof AccessDeniedException) {
        return "[Errno 13] Permission denied" + file;
      }
      String reason = fs.getReason() == null ? "" : fs.getReason();
      return switch (reason) {
        case "Is a directory" -> "[Errno 21] Is a directory" + file;
        case "Not a directory" -> "[Errno 20] Not a directory" + file;
        default -> fs.getMessage();
      };
    }
    return String.valueOf(e.getMessage());
  }
}
