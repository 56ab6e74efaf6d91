package dev.jhands.agent.file;

import dev.jhands.agent.store.AtomicFiles;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A conversation directory as a zip written straight to the response, laid out as HEAD's is:
 * entries under {@code <id hex>/}. Nothing is staged on disk. Files are written atomically, so each
 * entry is a whole file; one deleted while we walk is left out, and unfinished temp files never go
 * in.
 */
final class TrajectoryZip implements StreamingOutput {

  private final Path dir;

  TrajectoryZip(Path dir) {
    this.dir = dir;
  }

  @Override
  public void write(OutputStream output) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(dir)) {
      paths = walk.sorted().toList();
    }
    Path base = dir.getParent();
    try (ZipOutputStream zip = new ZipOutputStream(output)) {
      for (Path path : paths) {
        String name = base.relativize(path).toString();
        if (Files.isDirectory(path)) {
          zip.putNextEntry(new ZipEntry(name + "/"));
          zip.closeEntry();
        } else if (!AtomicFiles.isTemp(path)) {
          add(zip, path, name);
        }
      }
    }
  }

  private static void add(ZipOutputStream zip, Path file, String name) throws IOException {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      return;
    }
    try (in) {
      zip.putNextEntry(new ZipEntry(name));
      in.transferTo(zip);
      zip.closeEntry();
    }
  }
}
