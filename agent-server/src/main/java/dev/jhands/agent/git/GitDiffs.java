package dev.jhands.agent.git;

import dev.jhands.agent.server.NotFound;
import dev.jhands.events.git.GitDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file now ({@code modified}) and at the base ({@code original}), as the SDK's {@code
 * get_git_diff}: the base is the one the change list uses, a side that does not exist or is not
 * UTF-8 text is empty, and a file outside any repository answers both sides null.
 */
final class GitDiffs {

  static final long MAX_FILE_SIZE = 1024 * 1024;

  private GitDiffs() {}

  static GitDiff of(Path file, String ref) {
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException("Path is a directory: " + file);
    }
    boolean exists = Files.isRegularFile(file);
    if (exists && size(file) > MAX_FILE_SIZE) {
      throw new IllegalArgumentException(
          "File too large for git diff: %d bytes (max: %d bytes)"
              .formatted(size(file), MAX_FILE_SIZE));
    }
    Path repo = closestRepo(file);
    if (repo == null) {
      if (!exists) {
        throw new NotFound("File not found");
      }
      return new GitDiff(null, null);
    }
    String base = GitBase.of(repo, ref);
    String relative = repo.relativize(file).toString();
    // The SDK answers a deleted file with an error; its old content is the useful answer.
    GitCli.Result old = GitCli.run(repo, "show", base + ":" + relative);
    String original = old.ok() ? text(old.stdout()) : "";
    String modified = exists ? text(read(file)) : "";
    return new GitDiff(modified, original);
  }

  /** The nearest directory at or above the file's with a {@code .git} (a worktree's is a file). */
  private static Path closestRepo(Path file) {
    for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git")) && GitChanges.isRepo(dir)) {
        return dir;
      }
    }
    return null;
  }

  /**
   * Both sides get the same line normalisation, so an unchanged file compares equal: lines joined
   * by {@code \n}, no final newline. The SDK strips only the old side's surrounding whitespace,
   * which ate the first line's indent.
   */
  private static String text(byte[] bytes) {
    try {
      String decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return String.join("\n", decoded.lines().toList());
    } catch (CharacterCodingException e) {
      return "";
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
