package dev.jhands.action.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Saves browser downloads into the workspace as {@code file_<n><ext>}, OpenHands' names; n counts
 * this server's downloads. The extension is the one the site suggested. An existing file is never
 * overwritten: n moves on instead.
 */
final class WorkspaceDownloads {

  private static final Logger LOG = Logger.getLogger(WorkspaceDownloads.class);

  private final Path workspace;
  private int count;

  WorkspaceDownloads(Path workspace) {
    this.workspace = workspace;
  }

  /** Waits for each download to finish and saves it; returns the files written. */
  List<Path> save(List<Download> started) {
    List<Path> saved = new ArrayList<>();
    for (Download download : started) {
      String extension = extension(download.suggestedFilename());
      Path target;
      do {
        target = workspace.resolve("file_" + ++count + extension);
      } while (Files.exists(target));
      try {
        download.saveAs(target);
        saved.add(target);
      } catch (PlaywrightException e) {
        LOG.warnf("download of %s failed: %s", download.url(), PlaywrightErrors.firstLine(e));
      }
    }
    return saved;
  }

  static String extension(String filename) {
    int dot = filename == null ? -1 : filename.lastIndexOf('.');
    String extension = dot <= 0 ? "" : filename.substring(dot);
    return extension.matches("\\.[A-Za-z0-9]{1,10}") ? extension : "";
  }
}
