package dev.jhands.agent.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void writesCreatesParentsAndLeavesNoTempFile() throws Exception {
    Path target = dir.resolve("a/b/file.json");
    AtomicFiles.write(target, "{\"x\":1}".getBytes(StandardCharsets.UTF_8));

    assertThat(target).hasContent("{\"x\":1}");
    try (var files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void replacesWholeContent() throws Exception {
    Path target = dir.resolve("file.json");
    AtomicFiles.write(target, "a much longer first version".getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(target, "short".getBytes(StandardCharsets.UTF_8));

    assertThat(target).hasContent("short");
  }

  @Test
  void recognisesItsTempFiles() {
    assertThat(AtomicFiles.isTemp(dir.resolve(AtomicFiles.TEMP_PREFIX + "x"))).isTrue();
    assertThat(AtomicFiles.isTemp(dir.resolve("event-00000-x.json"))).isFalse();
  }
}
