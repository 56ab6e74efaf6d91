package dev.jhands.action.ipython;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellTextTest {

  private static final Path CWD = Path.of("/workspace/app");
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  private static CellResult finished(String... texts) {
    return new CellResult(CellResult.Status.FINISHED, List.of(texts), List.of(), false, false);
  }

  private static String plain(CellResult result) {
    return CellText.content(result, false, CWD, "/usr/bin/python3", TIMEOUT);
  }

  @Test
  void joinsOutputsInOrderAndStripsTrailingWhitespace() {
    assertThat(plain(finished("hello\n", "42", "\n\n"))).isEqualTo("hello\n42");
  }

  @Test
  void noOutputSaysSo() {
    assertThat(plain(finished())).isEqualTo("[Code executed successfully with no output]");
  }

  // OpenHands checks for outputs, not for text: an empty stream still counts as output.
  @Test
  void anEmptyOutputIsStillOutput() {
    assertThat(plain(finished(""))).isEmpty();
  }

  @Test
  void stripsAnsiSequences() {
    assertThat(plain(finished("\u001B[0;31mZeroDivisionError\u001B[0m: x\u001B[38;5;32m!\u001B[K")))
        .isEqualTo("ZeroDivisionError: x!");
  }

  @Test
  void extraNamesTheDirectoryAndInterpreter() {
    assertThat(CellText.content(finished("2\n"), true, CWD, "/usr/bin/python3", TIMEOUT))
        .isEqualTo(
            "2\n[Jupyter current working directory: /workspace/app]\n"
                + "[Jupyter Python interpreter: /usr/bin/python3]");
  }

  @Test
  void timeoutNamesTheSecondsAsPythonPrintsAFloat() {
    CellResult result = CellResult.timedOut(false);
    assertThat(CellText.content(result, false, CWD, "py", Duration.ofSeconds(120)))
        .isEqualTo("[Execution timed out (120.0 seconds).]");
    assertThat(CellText.content(result, false, CWD, "py", Duration.ofMillis(2500)))
        .isEqualTo("[Execution timed out (2.5 seconds).]");
    assertThat(CellText.seconds(Duration.ofHours(1000))).isEqualTo("3600000.0");
  }

  @Test
  void aKernelDeafToTheInterruptIsReported() {
    assertThat(plain(CellResult.timedOut(true)))
        .isEqualTo("[Execution timed out (120.0 seconds).]\n" + CellText.STOPPED_AFTER_TIMEOUT);
  }

  @Test
  void aDeathKeepsWhatWasPrintedBeforeIt() {
    CellResult died =
        new CellResult(CellResult.Status.DIED, List.of("step 1\n"), List.of(), false, false);
    assertThat(plain(died)).isEqualTo("step 1\n" + CellText.DIED);
    assertThat(plain(CellResult.died())).isEqualTo(CellText.DIED);
  }

  @Test
  void aRestartIsNotedBeforeTheOutput() {
    assertThat(plain(finished("1\n").afterRestart())).isEqualTo(CellText.RESTARTED + "\n1");
  }

  @Test
  void imagesBecomeDataUrlsWithoutTheBase64LineBreaks() {
    CellResult result =
        new CellResult(
            CellResult.Status.FINISHED, List.of("<Image>"), List.of("iVBO\nRw0=\n"), false, false);
    assertThat(CellText.imageUrls(result)).containsExactly("data:image/png;base64,iVBORw0=");
  }

  @Test
  void noImagesIsNullAsOnTheWire() {
    assertThat(CellText.imageUrls(finished("x"))).isNull();
    CellResult timedOut =
        new CellResult(CellResult.Status.TIMED_OUT, List.of(), List.of("iVBO"), false, false);
    assertThat(CellText.imageUrls(timedOut)).isNull();
  }
}
