package dev.jhands.runtime.backend;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ports on the runtime API's host for sandboxes to serve on. Checked by binding them here, so they
 * are only as free as they were at that moment: a backend must cope with one taken meanwhile. Ports
 * handed out in the last minute are not handed out again, since launches run in parallel and a
 * sandbox binds its port only once it has started.
 */
public final class HostPorts {

  private static final long RESERVED_MILLIS = 60_000;
  private static final int ATTEMPTS = 50;
  private static final Map<Integer, Long> HANDED_OUT = new LinkedHashMap<>();

  private HostPorts() {}

  /** Whether a port a sandbox had before (a resume's) is free; it is kept from others a while. */
  public static boolean isFree(String host, int port) {
    keep(port);
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(host))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A port the system had free on the address, and not handed out here a moment ago. */
  public static int free(String host) throws IOException {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int port;
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
        port = socket.getLocalPort();
      }
      if (reserve(port)) {
        return port;
      }
    }
    throw new IOException("no free port on " + host + " after " + ATTEMPTS + " attempts");
  }

  private static synchronized void keep(int port) {
    HANDED_OUT.put(port, System.currentTimeMillis());
  }

  private static synchronized boolean reserve(int port) {
    long now = System.currentTimeMillis();
    HANDED_OUT.values().removeIf(at -> now - at > RESERVED_MILLIS);
    return HANDED_OUT.putIfAbsent(port, now) == null;
  }
}
