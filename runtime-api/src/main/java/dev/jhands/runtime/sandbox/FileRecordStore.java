package dev.jhands.runtime.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The process backend's records: one JSON file per runtime under {@code <state>/records}. A file is
 * written whole to a temporary name and then moved over the old one, so a runtime API killed
 * mid-write leaves either the old record or the new one, never half of one.
 */
public final class FileRecordStore implements RecordStore {

  private static final Logger LOG = Logger.getLogger(FileRecordStore.class);
  private static final String SUFFIX = ".json";

  private final Path dir;
  private final ObjectMapper json =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public FileRecordStore(Path stateDir) {
    dir = stateDir.resolve("records");
    try {
      // Records hold session keys: only the runtime API's user may read them.
      var ownerOnly =
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
      Files.createDirectories(stateDir, ownerOnly);
      Files.createDirectories(dir, ownerOnly);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<SandboxRecord> loadAll() {
    List<SandboxRecord> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
        try {
          records.add(json.readValue(file.toFile(), SandboxRecord.class));
        } catch (IOException e) {
          // One unreadable file must not hide every other runtime.
          LOG.errorf(e, "skipping unreadable record %s", file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  @Override
  public void save(SandboxRecord record) {
    Path target = dir.resolve(record.runtimeId() + SUFFIX);
    Path temp = dir.resolve("." + record.runtimeId() + ".tmp");
    try {
      Files.write(temp, json.writeValueAsBytes(record));
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record runtime " + record.runtimeId(), e);
    }
  }
}
