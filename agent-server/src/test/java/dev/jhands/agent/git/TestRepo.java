package dev.jhands.agent.git;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A real git repository in a temp directory, driven with the git CLI. */
final class TestRepo {

  final Path dir;

  private TestRepo(Path dir) {
    this.dir = dir;
  }

  static TestRepo init(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TestRepo repo = new TestRepo(dir);
    repo.git("init", "-q", "-b", "main");
    return repo;
  }

  static TestRepo cloneOf(TestRepo origin, Path dir) {
    git(dir.getParent(), "clone", "-q", origin.dir.toString(), dir.getFileName().toString());
    return new TestRepo(dir);
  }

  TestRepo write(String path, String content) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  TestRepo commitAll(String message) {
    git("add", "-A");
    git("commit", "-q", "-m", message);
    return this;
  }

  String git(String... args) {
    return git(dir, args);
  }

  static String git(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.redirectErrorStream(true);
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().put("GIT_AUTHOR_NAME", "Test");
    builder.environment().put("GIT_AUTHOR_EMAIL", "test@example.com");
    builder.environment().put("GIT_COMMITTER_NAME", "Test");
    builder.environment().put("GIT_COMMITTER_EMAIL", "test@example.com");
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException("git " + String.join(" ", args) + ": " + output);
      }
      return output.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
