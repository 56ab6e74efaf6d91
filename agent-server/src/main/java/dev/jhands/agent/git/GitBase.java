package dev.jhands.agent.git;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The commit a change list or a diff is taken against: HEAD's "display" choice, which shows what
 * was changed here, committed work included, rather than the baseline's, which compared a repo
 * without a remote against the empty tree and so listed every tracked file as added.
 */
final class GitBase {

  /** The well-known id of git's empty tree: the base when there is no commit at all. */
  static final String EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

  private GitBase() {}

  /**
   * An explicit {@code ref}: {@code HEAD} on a branch with no commit yet is the empty tree;
   * anything else that does not name a commit is a 400, so a typo is not silently "no changes".
   */
  static String of(Path repo, String ref) {
    if (ref == null) {
      return display(repo);
    }
    if (ref.isBlank() || ref.startsWith("-")) {
      throw new IllegalArgumentException("Invalid ref: " + ref);
    }
    Optional<String> sha = commit(repo, ref);
    if (sha.isPresent()) {
      return sha.get();
    }
    if (ref.equals("HEAD")) {
      return EMPTY_TREE;
    }
    throw new IllegalArgumentException("Unknown ref: " + ref);
  }

  /**
   * In order: the current branch's upstream (unless it is HEAD itself with a clean tree, which
   * would hide a pushed branch's work); the fork point from, or else the tip of, origin's default
   * branch; with no such remote, the fork point from a local main or master this branch grew from;
   * else HEAD, git-status style. Unlike the SDK we never run {@code git remote show}, a network
   * call: the default branch comes from the {@code origin/HEAD} a clone records.
   */
  static String display(Path repo) {
    Optional<String> head = commit(repo, "HEAD");
    if (head.isEmpty()) {
      return EMPTY_TREE;
    }
    Optional<String> branch =
        GitCli.probe(repo, "rev-parse", "--abbrev-ref", "HEAD").filter(b -> !b.equals("HEAD"));
    if (branch.isPresent()) {
      Optional<String> upstream = commit(repo, "refs/remotes/origin/" + branch.get());
      if (upstream.isPresent() && !(upstream.equals(head) && !dirty(repo))) {
        return upstream.get();
      }
    }
    Optional<String> remoteDefault =
        GitCli.probe(repo, "rev-parse", "--abbrev-ref", "origin/HEAD")
            .filter(r -> r.startsWith("origin/") && r.length() > "origin/".length());
    if (remoteDefault.isPresent()) {
      String ref = "refs/remotes/" + remoteDefault.get();
      return mergeBase(repo, ref).or(() -> commit(repo, ref)).orElse(head.get());
    }
    for (String local : List.of("main", "master")) {
      Optional<String> tip = commit(repo, "refs/heads/" + local);
      if (tip.isPresent()) {
        if (!branch.equals(Optional.of(local))
            && mergeBase(repo, "refs/heads/" + local).equals(tip)) {
          return tip.get();
        }
        break;
      }
    }
    return head.get();
  }

  private static Optional<String> commit(Path repo, String ref) {
    return GitCli.probe(repo, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
  }

  private static Optional<String> mergeBase(Path repo, String ref) {
    return GitCli.probe(repo, "merge-base", "HEAD", ref);
  }

  // Untracked files do not count: they never show in "git diff <base>" and must not move the base.
  private static boolean dirty(Path repo) {
    GitCli.Result status = GitCli.run(repo, "status", "--porcelain", "--untracked-files=no");
    return !status.ok() || !status.text().isEmpty();
  }
}
