package dev.jhands.action.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips what {@code /download_files} returns: every file under a directory, named relative to it, as
 * Python's {@code os.walk} finds them (links to files are followed, links to directories are not
 * descended, broken links are left out); or a single file under its own name.
 */
final class TreeZipper {

  private TreeZipper() {}

  static void zip(Path root, OutputStream out) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      if (Files.isDirectory(root)) {
        for (Path file : files(root)) {
          add(zip, file, root.relativize(file).toString());
        }
      } else {
        add(zip, root, root.getFileName().toString());
      }
    }
  }

  private static void add(ZipOutputStream zip, Path file, String name) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    Files.copy(file, zip);
    zip.closeEntry();
  }

  /** The regular files under {@code dir}, sorted so archives are reproducible. */
  static List<Path> files(Path dir) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(children::add);
    }
    children.sort(null);
    List<Path> files = new ArrayList<>();
    for (Path child : children) {
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        files.addAll(files(child));
      } else if (Files.isRegularFile(child)) {
        files.add(child);
      }
    }
    return files;
  }
}
