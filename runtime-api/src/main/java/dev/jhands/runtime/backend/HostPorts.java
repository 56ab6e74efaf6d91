package dev.jhands.runtime.backend;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Ports on the runtime API's host for sandboxes to serve on. Checked by binding them here, so they
 * are only as free as they were at that moment: a backend must cope with one taken meanwhile.
 */
public final class HostPorts {

  private HostPorts() {}

  public static boolean isFree(String host, int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(host))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A port the system had free on the address. */
  public static int free(String host) throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
      return socket.getLocalPort();
    }
  }
}
