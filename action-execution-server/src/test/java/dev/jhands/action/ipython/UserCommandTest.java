package dev.jhands.action.ipython;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserCommandTest {

  private static final List<String> COMMAND = List.of("/usr/bin/python3", "/tmp/it's.py", "60");

  @Test
  void rootSwitchesToTheSandboxUserThroughALoginShell() {
    assertThat(UserCommand.of(Optional.of("openhands"), true).wrap(COMMAND))
        .containsExactly(
            "su",
            "-",
            "openhands",
            "-s",
            "/bin/sh",
            "-c",
            "exec '/usr/bin/python3' '/tmp/it'\\''s.py' '60'");
  }

  @Test
  void runsAsItselfWhenItCannotOrNeedNotSwitch() {
    assertThat(UserCommand.of(Optional.of("openhands"), false).wrap(COMMAND)).isEqualTo(COMMAND);
    assertThat(UserCommand.of(Optional.empty(), true).wrap(COMMAND)).isEqualTo(COMMAND);
    assertThat(UserCommand.of(Optional.of("root"), true).wrap(COMMAND)).isEqualTo(COMMAND);
    assertThat(UserCommand.of(Optional.of(" "), true).wrap(COMMAND)).isEqualTo(COMMAND);
  }
}
