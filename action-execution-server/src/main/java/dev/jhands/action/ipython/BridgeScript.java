package dev.jhands.action.ipython;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jboss.logging.Logger;

/**
 * {@code kernel_bridge.py} copied out of the jar, because Python runs files, not class-path
 * resources. World-readable, so that the sandbox user can run it too.
 */
final class BridgeScript implements AutoCloseable {

  static final String RESOURCE = "kernel_bridge.py";
  private static final Logger LOG = Logger.getLogger(BridgeScript.class);

  private final Path directory;
  private final Path script;

  private BridgeScript(Path directory, Path script) {
    this.directory = directory;
    this.script = script;
  }

  static BridgeScript extract() throws IOException {
    Path directory = Files.createTempDirectory("jhands-ipython-");
    Path script = directory.resolve(RESOURCE);
    try (InputStream in = BridgeScript.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " is missing from the class path");
      }
      Files.copy(in, script);
    }
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
    return new BridgeScript(directory, script);
  }

  Path path() {
    return script;
  }

  // Best effort: a leftover file in the temp directory must not fail a shutdown.
  @Override
  public void close() {
    try {
      Files.deleteIfExists(script);
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      LOG.debugf("could not delete %s: %s", directory, e);
    }
  }
}
