package dev.jhands.action.file;

import jakarta.ws.rs.BadRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks an uploaded zip into a directory, refusing the whole archive, before anything is written,
 * if one entry would land outside it: a {@code ../} or absolute name, or a path through a symbolic
 * link that leads elsewhere. Entries are plain files and directories; links inside an archive are
 * not recreated (Python's unpacking writes them as files too).
 */
final class SafeUnzip {

  // Names without the UTF-8 flag are CP437, as the zip format (and Python's zipfile) says.
  private static final Charset LEGACY_NAMES = Charset.forName("IBM437");

  private SafeUnzip() {}

  static void unzip(Path zip, String name, Path destination) throws IOException {
    try (ZipFile archive = new ZipFile(zip.toFile(), LEGACY_NAMES)) {
      Path root = destination.toRealPath();
      List<? extends ZipEntry> entries = Collections.list(archive.entries());
      List<Path> targets = new ArrayList<>();
      for (ZipEntry entry : entries) {
        targets.add(target(root, entry.getName()));
      }
      for (int i = 0; i < entries.size(); i++) {
        extract(archive, entries.get(i), targets.get(i));
      }
    } catch (ZipException e) {
      throw new BadRequestException(name + " is not a valid zip file: " + e.getMessage());
    }
  }

  private static void extract(ZipFile archive, ZipEntry entry, Path target) throws IOException {
    try {
      if (entry.isDirectory()) {
        Files.createDirectories(target);
        return;
      }
      Files.createDirectories(target.getParent());
      try (InputStream in = archive.getInputStream(entry)) {
        // Replacing a link replaces the link itself, never the file it points to.
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (FileSystemException e) {
      // The archive clashes with what is there (a file where it has a directory, or the reverse).
      throw new BadRequestException(
          "Could not unpack entry '" + entry.getName() + "': " + PyErrors.describe(e));
    }
  }

  /** Where an entry goes inside {@code root}, or a 400 saying why it may not. */
  static Path target(Path root, String name) throws IOException {
    Path target = name.startsWith("/") ? null : root.resolve(name).normalize();
    boolean inside =
        target != null
            && target.startsWith(root)
            && (!target.equals(root) || name.endsWith("/"))
            && !escapesThroughLink(root, target);
    if (!inside) {
      throw new BadRequestException(
          "Refusing to unpack the archive: entry '"
              + name
              + "' would be written outside "
              + root
              + "; nothing was unpacked");
    }
    return target;
  }

  /**
   * Whether writing {@code target} would go through a link out of {@code root}: the deepest part of
   * its path that exists must really lie inside. The target itself may be a link, since it is
   * replaced, not followed.
   */
  private static boolean escapesThroughLink(Path root, Path target) throws IOException {
    Path existing = target;
    while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing.equals(target) && Files.isSymbolicLink(target)) {
      return false;
    }
    return !Files.exists(existing) || !existing.toRealPath().startsWith(root);
  }
}
