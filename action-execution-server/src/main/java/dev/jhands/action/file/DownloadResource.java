package dev.jhands.action.file;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code GET /download_files?path=}: a zip of the file or tree at {@code path}, named {@code
 * <basename>.zip}. A plain file gives a zip holding it (OpenHands sent an empty zip).
 */
@jakarta.ws.rs.Path("/download_files")
public class DownloadResource {

  @GET
  @Produces("application/zip")
  public Response download(@RestQuery String path) throws IOException {
    if (path == null || path.isEmpty()) {
      throw new BadRequestException("The query parameter 'path' is required");
    }
    Path root = FilePaths.absolute(path, "Path must be an absolute path");
    if (!Files.exists(root)) {
      // Not NotFoundException: that one is mapped to the framework's bare "Not Found".
      throw new WebApplicationException("File not found", 404);
    }
    // Zipped to a temporary file first, so a failure is an error status, not a truncated body.
    Path zip = Files.createTempFile("jhands-download-", ".zip");
    try (OutputStream out = Files.newOutputStream(zip)) {
      TreeZipper.zip(root, out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(zip);
      throw e;
    }
    StreamingOutput body =
        out -> {
          try {
            Files.copy(zip, out);
          } finally {
            Files.deleteIfExists(zip);
          }
        };
    String base = root.getFileName() == null ? "" : root.getFileName().toString();
    return Response.ok(body, "application/zip")
        .header("Content-Disposition", attachment(base + ".zip"))
        .build();
  }

  /** Starlette's header: a plain quoted name, or RFC 5987 form when the name needs escaping. */
  static String attachment(String filename) {
    String quoted =
        URLEncoder.encode(filename, StandardCharsets.UTF_8)
            .replace("+", "%20")
            .replace("%7E", "~")
            .replace("*", "%2A");
    return quoted.equals(filename)
        ? "attachment; filename=\"" + filename + "\""
        : "attachment; filename*=utf-8''" + quoted;
  }
}
