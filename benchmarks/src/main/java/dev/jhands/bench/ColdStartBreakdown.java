package dev.jhands.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where one Docker cold start's time went, read from the engine while the container still runs: its
 * start time ({@code docker inspect}), and the agent server's Quarkus line "started in N s" with
 * the engine's timestamp ({@code docker logs -t}). All times are wall-clock milliseconds of this
 * machine, since the engine stamps with the same clock.
 *
 * @param api {@code POST /start} until it answered (image check, create, workspace owner, start)
 * @param engine {@code POST /start} until the engine had started the container's process
 * @param jvm container process start until Quarkus began to boot the agent server (start script,
 *     JVM start, class loading up to the application's main)
 * @param quarkus the agent server's own boot, as it reports it ("started in")
 * @param alive the agent server listening until the first {@code /alive} through the runtime URL
 */
record ColdStartBreakdown(long api, long engine, long jvm, long quarkus, long alive) {

  private static final Pattern STARTED =
      Pattern.compile("^(\\S+) .*agent-server \\S+ on JVM .* started in ([0-9.]+)s\\.");

  /** Null when the engine's figures cannot be read (they are then left out, saying so). */
  static ColdStartBreakdown read(String container, long begunMs, long answeredMs, long aliveMs) {
    try {
      Instant started = Instant.parse(docker("inspect", "-f", "{{.State.StartedAt}}", container));
      for (String line : docker("logs", "-t", container).split("\n")) {
        Matcher m = STARTED.matcher(line);
        if (m.find()) {
          long listening = Instant.parse(m.group(1)).toEpochMilli();
          long boot = Math.round(Double.parseDouble(m.group(2)) * 1000);
          long engineDone = started.toEpochMilli();
          return new ColdStartBreakdown(
              answeredMs - begunMs,
              engineDone - begunMs,
              listening - boot - engineDone,
              boot,
              aliveMs - listening);
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  long[] parts() {
    return new long[] {api, engine, jvm, quarkus, alive};
  }

  static final List<String> NAMES =
      List.of(
          "`/start` answered (image check, create, workspace owner, start)",
          "`/start` → container process started (engine)",
          "container started → Quarkus boot begins (start script, JVM, main)",
          "agent-server Quarkus boot (its \"started in\")",
          "agent-server listening → first `/alive` via the runtime URL");

  private static String docker(String... args) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(Stream.concat(Stream.of("docker"), Arrays.stream(args)).toList())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IOException("docker " + args[0] + ": " + out);
    }
    return out;
  }
}
