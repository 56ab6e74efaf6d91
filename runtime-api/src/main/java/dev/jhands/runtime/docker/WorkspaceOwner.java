package dev.jhands.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Gives the sandbox's user its workspace. A fresh volume belongs to root, and the user is not root
 * and has no capabilities, so the engine itself writes the directory entries (the workspace and a
 * working directory under it) with the user's ownership into the created container, before it
 * starts. Only these directories change owner, never what is in them.
 */
final class WorkspaceOwner {

  private WorkspaceOwner() {}

  static void apply(
      DockerClient docker, String containerId, String workspace, String workingDir, String user) {
    String[] ids = user.split(":");
    List<String> dirs = new ArrayList<>(List.of(relative(workspace)));
    String base = relative(workspace) + "/";
    String work = relative(workingDir);
    if (work.startsWith(base)) {
      String[] parts = work.substring(base.length()).split("/");
      String path = relative(workspace);
      for (String part : parts) {
        if (!part.isEmpty() && !part.equals(".") && !part.equals("..")) {
          path = path + "/" + part;
          dirs.add(path);
        }
      }
    }
    docker
        .copyArchiveToContainerCmd(containerId)
        .withTarInputStream(tar(dirs, Integer.parseInt(ids[0]), Integer.parseInt(ids[1])))
        .withRemotePath("/")
        .exec();
  }

  private static String relative(String path) {
    String p = path.replaceAll("/+", "/");
    p = p.startsWith("/") ? p.substring(1) : p;
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  private static ByteArrayInputStream tar(List<String> dirs, int uid, int gid) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      for (String dir : dirs) {
        TarArchiveEntry entry = new TarArchiveEntry(dir + "/");
        entry.setMode(TarArchiveEntry.DEFAULT_DIR_MODE);
        entry.setUserId(uid);
        entry.setGroupId(gid);
        entry.setModTime(new Date());
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
