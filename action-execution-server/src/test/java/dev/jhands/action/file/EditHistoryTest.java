package dev.jhands.action.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditHistoryTest {

  @TempDir Path dir;

  private static EditHistory.Snapshot text(String text) {
    return new EditHistory.Snapshot(Optional.of(text));
  }

  @Test
  void popsNewestFirstAndKeepsTenPerFile() throws Exception {
    EditHistory history = new EditHistory(dir);
    Path file = Path.of("/w/f.txt");
    for (int i = 0; i < 12; i++) {
      history.push(file, text("v" + i));
    }
    assertThat(history.size(file)).isEqualTo(10);
    for (int i = 11; i >= 2; i--) {
      assertThat(history.pop(file)).contains(text("v" + i));
    }
    assertThat(history.pop(file)).isEmpty();
    // Dropped and popped entries leave no files behind.
    assertThat(dir.toFile().list()).isEmpty();
  }

  @Test
  void filesHaveSeparateHistoriesKeyedByNormalPath() throws Exception {
    EditHistory history = new EditHistory(dir);
    history.push(Path.of("/w/a"), text("a"));
    history.push(Path.of("/w/b"), EditHistory.Snapshot.ABSENT);
    assertThat(history.pop(Path.of("/w/x/../b"))).contains(EditHistory.Snapshot.ABSENT);
    assertThat(history.pop(Path.of("/w/b"))).isEmpty();
    assertThat(history.pop(Path.of("/w/a"))).contains(text("a"));
  }
}
