package dev.jhands.action.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * Writes each step's screenshot to {@code <workspace>/.browser_screenshots/screenshot_<ts>.png},
 * where OpenHands puts them, so the agent can open one with the file tools.
 */
final class Screenshots {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss_SSSSSS");

  private final Path directory;

  Screenshots(Path workspace) {
    this.directory = workspace.resolve(".browser_screenshots");
  }

  /** The file written, or null if it could not be (the observation still carries the image). */
  Path save(byte[] png) {
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve("screenshot_" + LocalDateTime.now().format(STAMP) + ".png");
      // Two steps within a microsecond would otherwise share a name.
      for (int n = 1; Files.exists(file); n++) {
        file =
            directory.resolve("screenshot_" + LocalDateTime.now().format(STAMP) + "_" + n + ".png");
      }
      return Files.write(file, png);
    } catch (IOException e) {
      return null;
    }
  }

  static String dataUrl(byte[] png) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }
}
