package dev.jhands.action.ipython;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Directories of one test class's own under the workspace root, which other suites share at the
 * same time: only this class's subtree is ever created or deleted.
 */
final class WorkspaceDirs {

  private final Path root;

  WorkspaceDirs(Path workspace) {
    root = workspace.resolve("ipython-" + UUID.randomUUID());
  }

  Path create(String name) throws IOException {
    return Files.createDirectories(root.resolve(name));
  }

  void delete() throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(root)) {
      for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
