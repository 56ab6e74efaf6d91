package dev.jhands.agent.file;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Checks the paths the file routes take. OpenHands requires them absolute; we also refuse any
 * {@code ..} segment, so that a path means what it says before and after normalisation and no
 * prefix a caller checked can be walked out of.
 */
final class FilePaths {

  private FilePaths() {}

  /**
   * @throws IllegalArgumentException (a 400) for a missing, relative or {@code ..} path
   */
  static Path absolute(String raw) {
    if (raw == null || raw.isEmpty()) {
      throw new IllegalArgumentException("path is required");
    }
    if (!raw.startsWith("/")) {
      throw new IllegalArgumentException("Path must be absolute");
    }
    Path path;
    try {
      path = Path.of(raw);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("Invalid path: " + e.getReason());
    }
    for (Path segment : path) {
      if (segment.toString().equals("..")) {
        throw new IllegalArgumentException("Path must not contain '..'");
      }
    }
    return path.normalize();
  }
}
