package dev.jhands.action.bash;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * One interactive shell on a pseudo-terminal: a reader thread that feeds everything it prints to a
 * {@link ShellOutput}, and a writer thread for what is typed, so that typing into a process that
 * reads nothing (a full terminal buffer) never blocks an action. Both threads exist before any
 * command runs, so a fork storm that exhausts the process table cannot stop the server from
 * reading, timing out or cleaning up.
 */
final class PtyShell implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PtyShell.class);
  // As upstream's tmux window: wide enough that programs rarely wrap or cut lines.
  private static final int COLUMNS = 1000;
  private static final int ROWS = 1000;

  private final PtyProcess process;
  private final ShellOutput output;
  private final OutputStream keyboard;
  private final ExecutorService writer;
  private final Thread reader;
  private volatile long idleGroup = -1;

  private PtyShell(PtyProcess process, ShellOutput output) {
    this.process = process;
    this.output = output;
    this.keyboard = process.getOutputStream();
    this.writer =
        Executors.newSingleThreadExecutor(
            task -> Thread.ofPlatform().name("bash-pty-writer").daemon().unstarted(task));
    this.reader =
        Thread.ofPlatform().name("bash-pty-reader").daemon().unstarted(this::readUntilClosed);
  }

  static PtyShell start(ShellLaunch launch, Path directory, ShellOutput output) throws IOException {
    PtyProcess process =
        new PtyProcessBuilder(launch.interactive().toArray(String[]::new))
            .setEnvironment(ShellLaunch.environment())
            .setDirectory(directory.toString())
            .setInitialColumns(COLUMNS)
            .setInitialRows(ROWS)
            .setRedirectErrorStream(true)
            .start();
    PtyShell shell = new PtyShell(process, output);
    shell.reader.start();
    process.onExit().thenRun(() -> output.ended(process.exitValue()));
    return shell;
  }

  long pid() {
    return process.pid();
  }

  /** Types text, in order, without waiting for the terminal to take it. */
  void type(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    writer.execute(
        () -> {
          try {
            keyboard.write(bytes);
            keyboard.flush();
          } catch (IOException e) {
            LOG.debugf("typing into the shell failed: %s", e.getMessage());
          }
        });
  }

  /** Notes the shell's own process group while it waits at its prompt. */
  void rememberIdleGroup() {
    idleGroup = foregroundGroup();
  }

  /** The process group of the job in the foreground, or -1 when the shell itself is. */
  long foregroundJob() {
    long group = foregroundGroup();
    return group > 0 && group != idleGroup ? group : -1;
  }

  // Every process on the terminal reports the terminal's foreground group.
  private long foregroundGroup() {
    return ProcessTree.stat(process.pid()).map(ProcessTree.Stat::foregroundGroup).orElse(-1L);
  }

  /** The shell's session: pty4j starts it as a session leader. */
  long session() {
    return process.pid();
  }

  /** Waits a little for the last output of a shell that has exited to be read. */
  void drain(long millis) throws InterruptedException {
    reader.join(millis);
  }

  /** Ends the shell and every process started from it. */
  @Override
  public void close() {
    ProcessTree.endSession(process.pid(), session());
    process.destroyForcibly();
    writer.shutdownNow();
    try {
      // A process that escaped the session may hold the terminal open; stop reading it anyway.
      process.getInputStream().close();
      keyboard.close();
    } catch (IOException e) {
      LOG.debugf("closing the terminal: %s", e.getMessage());
    }
    try {
      process.waitFor(2, TimeUnit.SECONDS);
      reader.join(TimeUnit.SECONDS.toMillis(2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void readUntilClosed() {
    InputStream screen = process.getInputStream();
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    byte[] chunk = new byte[16 * 1024];
    ByteBuffer bytes = ByteBuffer.allocate(chunk.length + 8);
    CharBuffer chars = CharBuffer.allocate(chunk.length + 8);
    try {
      int n;
      while ((n = screen.read(chunk)) > 0) {
        bytes.put(chunk, 0, n).flip();
        decoder.decode(bytes, chars, false);
        bytes.compact();
        output.accept(chars.flip());
        chars.clear();
      }
    } catch (IOException e) {
      LOG.debugf("reading the shell's terminal ended: %s", e.getMessage());
    }
  }
}
