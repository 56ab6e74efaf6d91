package dev.jhands.agent.bash;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Drains one stream of a process (stdout or stderr) on its own thread into a buffer the command's
 * loop takes from. Both streams need their own reader, or a full pipe on one would stall the
 * process while we block on the other.
 */
final class Chunker {

  private final StringBuilder buffer = new StringBuilder();
  private final Thread thread;

  Chunker(InputStream stream, String name) {
    thread =
        Thread.ofVirtual()
            .name(name)
            .start(
                () -> {
                  try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                    char[] chars = new char[8192];
                    int n;
                    while ((n = reader.read(chars)) >= 0) {
                      append(chars, n);
                    }
                  } catch (IOException e) {
                    // The pipe closed under us (process killed): what was read is kept.
                  }
                });
  }

  private synchronized void append(char[] chars, int n) {
    buffer.append(chars, 0, n);
  }

  /** Takes up to {@code max} chars read so far; null when there are none, as the SDK sends. */
  synchronized String take(int max) {
    if (buffer.isEmpty()) {
      return null;
    }
    int n = Math.min(max, buffer.length());
    if (n < buffer.length() && Character.isHighSurrogate(buffer.charAt(n - 1))) {
      n--; // never split a character between two chunks
    }
    String taken = buffer.substring(0, n);
    buffer.delete(0, n);
    return taken;
  }

  synchronized boolean isEmpty() {
    return buffer.isEmpty();
  }

  /**
   * Waits for the end of the stream. Bounded, because a background child the command started
   * ({@code server &}) keeps the pipe open after the shell itself has exited.
   */
  void awaitEnd(long millis) throws InterruptedException {
    thread.join(millis);
  }
}
