package dev.jhands.action.ipython;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds a Python that can run the bridge: the configured one, else the first of {@code python3} on
 * the PATH and {@code /usr/bin/python3} that imports ipykernel and jupyter_client. Probed as the
 * user the kernel will run as, since that user's PATH and permissions are what count.
 */
final class InterpreterResolver {

  static final List<String> CANDIDATES = List.of("python3", "/usr/bin/python3");
  static final String INSTALL_HINT =
      "install python3 with ipykernel and jupyter_client (Debian: python3-ipykernel"
          + " python3-jupyter-client), or set jhands.action.ipython.python to one that has them";

  private static final String PROBE =
      "import ipykernel, jupyter_client, sys; print(sys.executable)";
  // The first import of ipykernel compiles and reads many modules; slow disks take seconds.
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

  private final List<String> candidates;
  private final UserCommand user;

  InterpreterResolver(Optional<String> configured, UserCommand user) {
    this(configured.filter(p -> !p.isBlank()).map(List::of).orElse(CANDIDATES), user);
  }

  InterpreterResolver(List<String> candidates, UserCommand user) {
    this.candidates = List.copyOf(candidates);
    this.user = user;
  }

  /** The interpreter's absolute path, as it reports it. */
  String resolve() throws KernelUnavailableException, InterruptedException {
    List<String> failures = new ArrayList<>();
    for (String candidate : candidates) {
      Probe probe = probe(candidate);
      if (probe.executable() != null) {
        return probe.executable();
      }
      failures.add(candidate + ": " + probe.failure());
    }
    throw new KernelUnavailableException(
        "no Python interpreter with ipykernel and jupyter_client ("
            + String.join("; ", failures)
            + "); "
            + INSTALL_HINT);
  }

  private record Probe(String executable, String failure) {}

  private Probe probe(String candidate) throws InterruptedException {
    Process process;
    try {
      process =
          new ProcessBuilder(user.wrap(List.of(candidate, "-c", PROBE)))
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      String why =
          String.valueOf(e.getMessage()).replaceFirst("^Cannot run program \"[^\"]*\": ", "");
      return new Probe(null, "cannot run it (" + why + ")");
    }
    try {
      // The probe prints a line or a short traceback, well under a pipe's buffer, so waiting
      // before reading cannot deadlock.
      if (!process.waitFor(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return new Probe(null, "no answer within " + PROBE_TIMEOUT.toSeconds() + " s");
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      List<String> lines = output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      String last = lines.isEmpty() ? "" : lines.getLast();
      if (process.exitValue() == 0 && last.startsWith("/")) {
        return new Probe(last, null);
      }
      return new Probe(null, last.isEmpty() ? "exit code " + process.exitValue() : last);
    } catch (IOException e) {
      return new Probe(null, e.getMessage());
    } finally {
      process.destroyForcibly();
    }
  }
}
