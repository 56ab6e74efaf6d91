package dev.jhands.action.file;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The editor's {@code view} of a directory: what {@code find -L DIR -maxdepth 2} lists without
 * hidden entries at either level, sorted, directories marked with {@code /}, and a note counting
 * the hidden entries at the first level.
 */
final class DirectoryView {

  private DirectoryView() {}

  static String render(Path dir) throws IOException {
    List<String> found = new ArrayList<>();
    found.add(dir.toString());
    int hidden = 0;
    for (Path child : children(dir)) {
      if (isHidden(child)) {
        hidden++;
        continue;
      }
      found.add(child.toString());
      if (Files.isDirectory(child)) {
        for (Path grandchild : childrenOrNone(child)) {
          if (!isHidden(grandchild)) {
            found.add(grandchild.toString());
          }
        }
      }
    }
    found.sort(null);
    // find's output is clipped before the directories get their slash, as in OHEditor.
    String clipped =
        EditorOutput.clip(String.join("\n", found) + "\n", EditorOutput.DIRECTORY_CLIPPED).strip();
    StringBuilder out =
        new StringBuilder("Here's the files and directories up to 2 levels deep in ")
            .append(dir)
            .append(", excluding hidden items:\n");
    List<String> lines = Lines.split(clipped);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      out.append(i == 0 ? "" : "\n").append(line);
      if (Files.isDirectory(Path.of(line))) {
        out.append('/');
      }
    }
    if (hidden > 0) {
      out.append("\n\n")
          .append(hidden)
          .append(" hidden files/directories in this directory are excluded. You can use 'ls -la ")
          .append(dir)
          .append("' to see them.");
    }
    return out.toString();
  }

  private static boolean isHidden(Path entry) {
    return entry.getFileName().toString().startsWith(".");
  }

  private static List<Path> children(Path dir) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(children::add);
    }
    return children;
  }

  // find reports an unreadable subdirectory on stderr and goes on; so does the listing.
  private static List<Path> childrenOrNone(Path dir) {
    try {
      return children(dir);
    } catch (IOException e) {
      return List.of();
    }
  }
}
