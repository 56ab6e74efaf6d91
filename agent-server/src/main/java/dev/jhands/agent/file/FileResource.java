package dev.jhands.agent.file;

import dev.jhands.agent.conversation.ConversationIds;
import dev.jhands.agent.server.NotFound;
import dev.jhands.agent.server.RawPath;
import dev.jhands.agent.store.ConversationStore;
import dev.jhands.events.api.Success;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The file routes of contract §2.4 in both spellings: the baseline's path style ({@code
 * /upload/{absolute_path}}, which clients send as {@code /upload//workspace/x}) and HEAD's query
 * style ({@code /upload?path=}).
 */
@Path("/api/file")
public class FileResource {

  private final FileService files;
  private final ConversationStore store;

  public FileResource(FileService files, ConversationStore store) {
    this.files = files;
    this.store = store;
  }

  @POST
  @Path("/upload/{path: .+}")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  public Success uploadPath(@Context HttpServerRequest request, @RestForm("file") FileUpload file) {
    return upload(RawPath.after(request, "/api/file/upload/"), file);
  }

  @POST
  @Path("/upload")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  public Success uploadQuery(@QueryParam("path") String path, @RestForm("file") FileUpload file) {
    return upload(path, file);
  }

  @GET
  @Path("/download/{path: .+}")
  public Response downloadPath(@Context HttpServerRequest request) {
    return download(RawPath.after(request, "/api/file/download/"));
  }

  @GET
  @Path("/download")
  public Response downloadQuery(@QueryParam("path") String path) {
    return download(path);
  }

  @GET
  @Path("/download-trajectory/{conversation_id}")
  public Response trajectory(@PathParam("conversation_id") String conversationId) {
    UUID id =
        ConversationIds.parse(conversationId)
            .orElseThrow(
                () -> new IllegalArgumentException("Invalid conversation id: " + conversationId));
    String hex = ConversationIds.hex(id);
    java.nio.file.Path dir = store.directory(hex);
    if (!Files.isDirectory(dir)) {
      throw new NotFound("Conversation not found");
    }
    return attachment(new TrajectoryZip(dir), hex + ".zip");
  }

  private Success upload(String path, FileUpload file) {
    if (file == null) {
      throw new IllegalArgumentException("The multipart field 'file' is required");
    }
    files.upload(path, file.uploadedFile());
    return Success.OK;
  }

  private Response download(String path) {
    java.nio.file.Path file = files.download(path);
    return attachment(file.toFile(), file.getFileName().toString());
  }

  private static Response attachment(Object entity, String filename) {
    return Response.ok(entity, MediaType.APPLICATION_OCTET_STREAM)
        .header("Content-Disposition", ContentDisposition.attachment(filename))
        .build();
  }
}
