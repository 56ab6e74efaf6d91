package dev.jhands.runtime.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jhands.events.runtime.RuntimeCommand;
import dev.jhands.events.runtime.RuntimeStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRecordStoreTest {

  @TempDir Path state;

  private static SandboxRecord record(String id, RuntimeCommand command) {
    return new SandboxRecord(
        id,
        "t",
        "s-" + id,
        "img",
        command,
        "/w",
        Map.of("A", "b"),
        "key",
        RuntimeStatus.RUNNING,
        null,
        "http://127.0.0.1:1",
        1,
        "1:2",
        0,
        3,
        4,
        null);
  }

  @Test
  void aSavedRecordReadsBackWithItsCommandForm() {
    RecordStore store = new FileRecordStore(state);
    store.save(record("a", RuntimeCommand.ofLine("run --port 60000")));
    store.save(record("b", RuntimeCommand.ofArgv("run", "--port", "60000")));
    store.save(record("b", RuntimeCommand.ofArgv("run")));

    Map<String, RuntimeCommand> commands =
        new FileRecordStore(state)
            .loadAll().stream()
                .collect(Collectors.toMap(SandboxRecord::runtimeId, SandboxRecord::command));
    assertEquals(
        Map.of("a", RuntimeCommand.ofLine("run --port 60000"), "b", RuntimeCommand.ofArgv("run")),
        commands);
  }

  @Test
  void halfWrittenAndBrokenFilesHideNoOtherRecord() throws Exception {
    RecordStore store = new FileRecordStore(state);
    store.save(record("a", RuntimeCommand.ofLine("run")));
    Files.writeString(state.resolve("records/.b.tmp"), "{\"runtime_id\":");
    Files.writeString(state.resolve("records/c.json"), "not json");

    assertEquals(List.of("a"), store.loadAll().stream().map(SandboxRecord::runtimeId).toList());
  }
}
