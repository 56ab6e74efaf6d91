package dev.jhands.agent.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jhands.events.git.GitChange;
import dev.jhands.events.git.GitChangeStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code git diff --name-status -z} fields, status by status. */
class GitChangesTest {

  @Test
  void everyStatusMapsAsTheSdkDoesOrBetter() {
    List<String> fields =
        List.of(
            "M",
            "src/a b.txt",
            "A",
            "new.txt",
            "D",
            "gone.txt",
            "U",
            "conflict.txt",
            "T",
            "link-now-file",
            "R087",
            "old name.txt",
            "new name.txt",
            "C100",
            "orig.txt",
            "copy.txt");
    assertThat(GitChanges.parseNameStatus(fields))
        .containsExactly(
            new GitChange(GitChangeStatus.UPDATED, "src/a b.txt"),
            new GitChange(GitChangeStatus.ADDED, "new.txt"),
            new GitChange(GitChangeStatus.DELETED, "gone.txt"),
            new GitChange(GitChangeStatus.UPDATED, "conflict.txt"),
            new GitChange(GitChangeStatus.UPDATED, "link-now-file"),
            new GitChange(GitChangeStatus.DELETED, "old name.txt"),
            new GitChange(GitChangeStatus.ADDED, "new name.txt"),
            new GitChange(GitChangeStatus.ADDED, "copy.txt"));
  }

  @Test
  void noOutputIsNoChange() {
    assertThat(GitChanges.parseNameStatus(List.of())).isEmpty();
  }
}
