package dev.jhands.events.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The golden JSON fixtures under {@code src/test/resources/fixtures}.
 *
 * <p>A fixture's path names the type it holds: {@code fixtures/<sub-package>/<SimpleName>.json}
 * holds one {@code dev.jhands.events.<sub-package>.<SimpleName>}. Variants of the same type add a
 * dotted suffix: {@code ExecutionStatus.running.json}. Every fixture must survive a round trip
 * unchanged; fixtures for input that is accepted but written differently live in tests of their
 * own.
 */
public final class GoldenFixtures {

  static final String BASE_PACKAGE = "dev.jhands.events";

  private GoldenFixtures() {}

  /** One fixture file and the class it holds. */
  public record Fixture(Path file, String relativeName, Class<?> type) {
    public JsonNode json() {
      try {
        return Wire.mapper().readTree(file.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return relativeName;
    }
  }

  public static Path root() {
    try {
      return Path.of(GoldenFixtures.class.getResource("/fixtures").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static List<Fixture> all() {
    Path root = root();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .sorted()
          .map(f -> toFixture(root, f))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Fixture toFixture(Path root, Path file) {
    String relative = root.relativize(file).toString();
    Path parent = root.relativize(file).getParent();
    if (parent == null) {
      throw new IllegalStateException("fixture outside a sub-package folder: " + relative);
    }
    String pkg = BASE_PACKAGE + "." + parent.toString().replace('/', '.');
    String simpleName = file.getFileName().toString().split("\\.")[0];
    String className = pkg + "." + simpleName;
    try {
      return new Fixture(file, relative, Class.forName(className));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "fixture " + relative + " names a class that does not exist: " + className, e);
    }
  }
}
