package dev.jhands.agent.git;

import dev.jhands.events.git.GitChange;
import dev.jhands.events.git.GitChangeStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The changed files under a directory, as the SDK's {@code get_git_changes} lists them: what {@code
 * git diff <base>} reports plus untracked files as ADDED, a rename as DELETED old path and ADDED
 * new one, a copy as ADDED, and the repos in its immediate subdirectories (a workspace holding
 * cloned repos) folded in under their directory names. Paths are relative to the requested
 * directory, sorted.
 */
final class GitChanges {

  private static final Logger LOG = Logger.getLogger(GitChanges.class);

  private GitChanges() {}

  static List<GitChange> of(Path dir, String ref) {
    if (!Files.isDirectory(dir)) {
      return List.of(); // HEAD: not a repository, so nothing changed
    }
    List<String> nested = nestedRepos(dir);
    List<GitChange> changes = new ArrayList<>();
    if (isRepo(dir)) {
      for (GitChange change : inRepo(dir, ref)) {
        // A nested repo's own entry (a submodule's gitlink) goes too: its files are listed below.
        if (nested.stream().noneMatch(n -> isUnder(change.path(), n))) {
          changes.add(change);
        }
      }
    }
    for (String name : nested) {
      List<GitChange> inner;
      try {
        inner = inRepo(dir.resolve(name), ref);
      } catch (IllegalArgumentException e) {
        // As the SDK: a nested repo that cannot answer (a ref it lacks) is skipped, not fatal.
        LOG.debugf("skipping nested repo %s: %s", name, e.getMessage());
        continue;
      }
      for (GitChange change : inner) {
        changes.add(new GitChange(change.status(), name + "/" + change.path()));
      }
    }
    changes.sort(Comparator.comparing(GitChange::path));
    return changes;
  }

  private static boolean isUnder(String path, String dir) {
    return path.equals(dir) || path.startsWith(dir + "/");
  }

  static boolean isRepo(Path dir) {
    return GitCli.run(dir, "rev-parse", "--git-dir").ok();
  }

  private static List<GitChange> inRepo(Path dir, String ref) {
    String base = GitBase.of(dir, ref);
    // --relative: paths relative to (and only under) dir, as ls-files gives them; -z: no quoting,
    // so names with spaces or odd characters come through whole.
    byte[] diff =
        GitCli.check(dir, "diff", "--name-status", "-z", "--relative", base, "--").stdout();
    List<GitChange> changes = parseNameStatus(fields(diff));
    byte[] untracked =
        GitCli.check(dir, "ls-files", "--others", "--exclude-standard", "-z").stdout();
    for (String path : fields(untracked)) {
      changes.add(new GitChange(GitChangeStatus.ADDED, path));
    }
    return changes;
  }

  /** {@code git diff --name-status -z}: a status field, then one path, or two for R and C. */
  static List<GitChange> parseNameStatus(List<String> fields) {
    List<GitChange> changes = new ArrayList<>();
    for (int i = 0; i < fields.size(); ) {
      String status = fields.get(i++);
      char code = status.isEmpty() ? '?' : status.charAt(0);
      if (code == 'R' || code == 'C') {
        String from = fields.get(i++);
        String to = fields.get(i++);
        if (code == 'R') {
          changes.add(new GitChange(GitChangeStatus.DELETED, from));
        }
        changes.add(new GitChange(GitChangeStatus.ADDED, to));
        continue;
      }
      String path = fields.get(i++);
      // The SDK fails on T (type change) and other rare codes; they are changes all the same.
      GitChangeStatus mapped =
          switch (code) {
            case 'A' -> GitChangeStatus.ADDED;
            case 'D' -> GitChangeStatus.DELETED;
            default -> GitChangeStatus.UPDATED;
          };
      changes.add(new GitChange(mapped, path));
    }
    return changes;
  }

  private static List<String> fields(byte[] nulSeparated) {
    String text = new String(nulSeparated, StandardCharsets.UTF_8);
    return Stream.of(text.split("\0")).filter(s -> !s.isEmpty()).toList();
  }

  // The SDK's glob "./*/.git": visible immediate subdirectories holding a .git of their own.
  private static List<String> nestedRepos(Path dir) {
    try (Stream<Path> children = Files.list(dir)) {
      return children
          .filter(c -> !c.getFileName().toString().startsWith("."))
          .filter(c -> Files.isDirectory(c) && Files.exists(c.resolve(".git")))
          .filter(GitChanges::isRepo)
          .map(c -> c.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
