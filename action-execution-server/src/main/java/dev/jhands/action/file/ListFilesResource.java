package dev.jhands.action.file;

import dev.jhands.action.ActionExecutionConfig;
import dev.jhands.events.sandbox.ListFilesRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /list_files}: the names in a directory for the UI's file tree, directories first with
 * a trailing {@code /}, each group sorted ignoring case, hidden entries included. A relative path
 * is taken from the initial working directory. The UI asks about folders that may just have been
 * removed, so every failure is an empty list, as in OpenHands.
 */
@jakarta.ws.rs.Path("/list_files")
public class ListFilesResource {

  private static final Comparator<String> IGNORING_CASE =
      Comparator.comparing((String name) -> name.toLowerCase(Locale.ROOT))
          .thenComparing(Comparator.naturalOrder());

  private final Path workingDir;

  public ListFilesResource(ActionExecutionConfig config) {
    this.workingDir = config.workingDir().toAbsolutePath().normalize();
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public List<String> list(ListFilesRequest request) {
    try {
      Path dir =
          request == null || request.path() == null
              ? workingDir
              : workingDir.resolve(request.path());
      return Files.isDirectory(dir) ? entries(dir) : List.of();
    } catch (IOException | InvalidPathException | SecurityException e) {
      return List.of();
    }
  }

  private static List<String> entries(Path dir) throws IOException {
    List<String> directories = new ArrayList<>();
    List<String> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path entry : stream) {
        String name = entry.getFileName().toString();
        if (Files.isDirectory(entry)) {
          directories.add(name + "/");
        } else if (Files.exists(entry)) { // a broken link is left out
          files.add(name);
        }
      }
    }
    directories.sort(IGNORING_CASE);
    files.sort(IGNORING_CASE);
    directories.addAll(files);
    return directories;
  }
}
