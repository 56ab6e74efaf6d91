package dev.jhands.action.bash;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** The host name as bash's {@code \h} shows it: up to the first dot. */
final class Hostname {

  static final String SHORT = read();

  private Hostname() {}

  private static String read() {
    String name;
    try {
      name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
    } catch (IOException | RuntimeException e) {
      try {
        name = InetAddress.getLocalHost().getHostName();
      } catch (IOException ex) {
        name = "localhost";
      }
    }
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
