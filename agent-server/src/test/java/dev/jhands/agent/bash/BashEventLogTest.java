package dev.jhands.agent.bash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.jhands.events.bash.BashEvent;
import dev.jhands.events.bash.BashOutput;
import dev.jhands.events.bash.ExecuteBashRequest;
import dev.jhands.events.json.Wire;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log and the runner without Quarkus: restart over the same directory, shutdown. */
class BashEventLogTest {

  @TempDir Path dir;

  private BashEventLog fresh() {
    BashEventLog log = new BashEventLog(dir, Wire.mapper());
    log.load();
    return log;
  }

  @Test
  void aNewInstanceOverTheSameDirectoryServesWhatTheOldOneWrote() throws Exception {
    BashEventLog before = fresh();
    BashRunner runner = new BashRunner(before);
    runner.start(new ExecuteBashRequest("echo one", null, 30)).last().get(30, TimeUnit.SECONDS);
    BashOutput second =
        runner.start(new ExecuteBashRequest("echo two", null, 30)).last().get(30, TimeUnit.SECONDS);
    List<BashEvent> written = before.all();

    BashEventLog after = fresh();
    assertThat(after.all()).isEqualTo(written);
    assertThat(after.get(second.id())).contains(second);

    // New events go after the old ones, also across a second restart.
    new BashRunner(after)
        .start(new ExecuteBashRequest("echo three", null, 30))
        .last()
        .get(30, TimeUnit.SECONDS);
    List<BashEvent> again = fresh().all();
    assertThat(again.subList(0, written.size())).isEqualTo(written);
    assertThat(again).hasSizeGreaterThan(written.size());
  }

  @Test
  void aCommandCutOffByTheRestartGetsAFinalChunk() throws Exception {
    BashEventLog before = fresh();
    BashRunner runner = new BashRunner(before);
    BashRunner.Started started =
        runner.start(new ExecuteBashRequest("echo started; sleep 60", null, 300));
    await().atMost(Duration.ofSeconds(30)).until(() -> stdout(before, started).equals("started\n"));
    // The "previous process" dies here: its log has the command and a running chunk only.
    List<BashEvent> cutOff = before.all();

    BashEventLog after = fresh();
    after.finishInterrupted();
    after.finishInterrupted(); // a second call, as after a second restart, adds nothing
    runner.shutdown();

    List<BashEvent> events = after.all();
    assertThat(events).hasSize(cutOff.size() + 1);
    BashOutput last = (BashOutput) events.getLast();
    assertThat(last.commandId()).isEqualTo(started.command().id());
    assertThat(last.exitCode()).isEqualTo(CommandRun.TIMED_OUT);
    assertThat(last.order()).isEqualTo(1);
  }

  @Test
  void loadingSkipsTempAndBrokenFiles() throws Exception {
    BashEventLog before = fresh();
    new BashRunner(before)
        .start(new ExecuteBashRequest("true", null, 30))
        .last()
        .get(30, TimeUnit.SECONDS);
    Files.writeString(dir.resolve(".tmp-half"), "{\"kind\": \"Bash");
    Files.writeString(dir.resolve("bash-9999999999-broken.json"), "not json");
    Files.writeString(dir.resolve("notes.txt"), "hello");
    assertThat(fresh().all()).isEqualTo(before.all());
  }

  @Test
  void clearDeletesTheFiles() throws Exception {
    BashEventLog log = fresh();
    new BashRunner(log)
        .start(new ExecuteBashRequest("true", null, 30))
        .last()
        .get(30, TimeUnit.SECONDS);
    int count = log.all().size();
    assertThat(log.clear()).isEqualTo(count);
    assertThat(fresh().all()).isEmpty();
  }

  @Test
  void shutdownEndsRunningCommands() throws Exception {
    BashEventLog log = fresh();
    BashRunner runner = new BashRunner(log);
    BashRunner.Started started =
        runner.start(new ExecuteBashRequest("echo $$; sleep 60 & echo $!; wait", null, 300));
    await().atMost(Duration.ofSeconds(30)).until(() -> stdout(log, started).lines().count() == 2);
    List<Long> pids = stdout(log, started).lines().map(Long::parseLong).toList();

    runner.shutdown();

    assertThat(started.last().get(30, TimeUnit.SECONDS).exitCode()).isNotNull();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                pids.stream()
                    .noneMatch(p -> ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false)));
  }

  private static String stdout(BashEventLog log, BashRunner.Started started) {
    StringBuilder text = new StringBuilder();
    for (BashEvent event : log.all()) {
      if (event instanceof BashOutput output
          && output.commandId().equals(started.command().id())
          && output.stdout() != null) {
        text.append(output.stdout());
      }
    }
    return text.toString();
  }
}
