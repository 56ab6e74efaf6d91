package dev.jhands.action.ipython;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fake interpreters stand in for pythons with and without ipykernel, whatever this host has. */
class InterpreterResolverTest {

  private static final UserCommand SELF = UserCommand.of(Optional.empty(), false);

  @TempDir Path dir;

  private Path fake(String name, String body) throws IOException {
    Path script = dir.resolve(name);
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  @Test
  void aMissingInterpreterIsNamedWithTheRemedy() {
    InterpreterResolver resolver =
        new InterpreterResolver(Optional.of("/nonexistent/python3"), SELF);
    assertThatThrownBy(resolver::resolve)
        .isInstanceOf(KernelUnavailableException.class)
        .hasMessageContaining("/nonexistent/python3: cannot run it")
        .hasMessageContaining(InterpreterResolver.INSTALL_HINT);
  }

  @Test
  void aPythonWithoutIpykernelGivesItsImportError() throws IOException {
    Path bare =
        fake(
            "bare-python", "echo \"ModuleNotFoundError: No module named 'ipykernel'\" >&2; exit 1");
    assertThatThrownBy(new InterpreterResolver(List.of(bare.toString()), SELF)::resolve)
        .hasMessageContaining(bare + ": ModuleNotFoundError: No module named 'ipykernel'");
  }

  @Test
  void takesTheFirstThatImportsBothAndItsRealPath() throws Exception {
    Path bare = fake("bare-python", "exit 1");
    Path good = fake("good-python", "echo /opt/python/bin/python3.12");
    InterpreterResolver resolver =
        new InterpreterResolver(List.of(bare.toString(), good.toString()), SELF);
    assertThat(resolver.resolve()).isEqualTo("/opt/python/bin/python3.12");
  }
}
