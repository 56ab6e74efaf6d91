package dev.jhands.action.file;

import dev.jhands.events.sandbox.UploadResult;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * {@code POST /upload_file}: multipart field {@code file} written into {@code destination}, or, for
 * a {@code .zip} or a {@code recursive} upload, unpacked there. Bad input is a 400 with a {@code
 * detail}; OpenHands turned these into 500s.
 */
@jakarta.ws.rs.Path("/upload_file")
public class UploadResource {

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  public UploadResult upload(
      @RestForm("file") FileUpload file,
      @RestQuery @DefaultValue("/") String destination,
      @RestQuery @DefaultValue("false") boolean recursive)
      throws IOException {
    if (file == null) {
      throw new BadRequestException("The multipart field 'file' is required");
    }
    Path dest = FilePaths.absolute(destination, "Destination must be an absolute path");
    String name = file.fileName();
    // The name comes from the client: it may not climb out of the destination.
    if (name == null || name.isEmpty() || name.contains("/") || name.equals("..")) {
      throw new BadRequestException("Invalid file name: '" + name + "'");
    }
    boolean zip = name.endsWith(".zip");
    if (recursive && !zip) {
      throw new BadRequestException("Recursive uploads must be zip files");
    }
    if (Files.exists(dest) && !Files.isDirectory(dest)) {
      throw new BadRequestException("Destination is not a directory: " + dest);
    }
    Files.createDirectories(dest);
    if (zip) {
      SafeUnzip.unzip(file.uploadedFile(), name, dest);
    } else {
      Path target = dest.resolve(name);
      if (Files.isDirectory(target)) {
        throw new BadRequestException("A directory is in the way: " + target);
      }
      Files.copy(file.uploadedFile(), target, StandardCopyOption.REPLACE_EXISTING);
    }
    return new UploadResult(name, destination, recursive);
  }
}
