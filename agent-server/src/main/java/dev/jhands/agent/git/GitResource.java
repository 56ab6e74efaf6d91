package dev.jhands.agent.git;

import dev.jhands.agent.server.RawPath;
import dev.jhands.events.git.GitChange;
import dev.jhands.events.git.GitDiff;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.nio.file.InvalidPathException;
import java.util.List;

/**
 * The git routes of contract §2.4 in both spellings: the baseline's {@code /changes/{path}} (the
 * Nov-2025 frontend sends the path URL-encoded) and HEAD's {@code /changes?path=}, each with HEAD's
 * optional {@code ref}. Blocking: git runs on a worker thread, bounded by its timeout.
 */
@Path("/api/git")
@Produces(MediaType.APPLICATION_JSON)
public class GitResource {

  @GET
  @Path("/changes/{path: .+}")
  public List<GitChange> changesPath(
      @Context HttpServerRequest request, @QueryParam("ref") String ref) {
    return changes(RawPath.after(request, "/api/git/changes/"), ref);
  }

  @GET
  @Path("/changes")
  public List<GitChange> changes(@QueryParam("path") String path, @QueryParam("ref") String ref) {
    return GitChanges.of(resolve(path), ref);
  }

  @GET
  @Path("/diff/{path: .+}")
  public GitDiff diffPath(@Context HttpServerRequest request, @QueryParam("ref") String ref) {
    return diff(RawPath.after(request, "/api/git/diff/"), ref);
  }

  @GET
  @Path("/diff")
  public GitDiff diff(@QueryParam("path") String path, @QueryParam("ref") String ref) {
    return GitDiffs.of(resolve(path), ref);
  }

  /** As the SDK does, a relative path is taken from the server's working directory. */
  private static java.nio.file.Path resolve(String path) {
    if (path == null || path.isEmpty()) {
      throw new IllegalArgumentException("path is required");
    }
    try {
      return java.nio.file.Path.of(path).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("Invalid path: " + e.getReason());
    }
  }
}
