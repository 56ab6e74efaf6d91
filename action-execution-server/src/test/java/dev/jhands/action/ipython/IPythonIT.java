package dev.jhands.action.ipython;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jhands.action.ActionExecutionConfig;
import dev.jhands.action.execute.ShellWorkingDirectory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code run_ipython} against a real kernel, through {@code POST /execute_action}. */
@QuarkusTest
class IPythonIT {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @Inject ShellWorkingDirectory shell;
  @Inject ActionExecutionConfig config;

  private WorkspaceDirs dirs;
  private Path home;

  @BeforeEach
  void ownDirectory() throws Exception {
    dirs = new WorkspaceDirs(config.workingDir());
    home = dirs.create("home");
    shell.set(home);
  }

  // The shell's directory is shared with every other test of this application.
  @AfterEach
  void leaveNoTrace() throws Exception {
    shell.set(config.workingDir());
    dirs.delete();
  }

  @Test
  void answersWithTheRunIpythonObservation() {
    JsonPath reply = Cells.run("print('hello')");
    assertThat(reply.getString("observation")).isEqualTo("run_ipython");
    assertThat(reply.getString("content")).isEqualTo("hello");
    assertThat(reply.getString("message")).isEqualTo("Code executed in IPython cell.");
    assertThat(reply.getBoolean("success")).isTrue();
    assertThat(reply.getString("extras.code")).isEqualTo("print('hello')");
    assertThat(reply.getMap("extras")).containsEntry("image_urls", null);
  }

  @Test
  void stateLivesFromOneCellToTheNext() {
    assertThat(Cells.run("counter = 40\nimport math").getString("content"))
        .isEqualTo("[Code executed successfully with no output]");
    assertThat(Cells.run("counter += 2\nmath.sqrt(counter * counter)").getString("content"))
        .isEqualTo("42.0");
  }

  @Test
  void streamTextAndTheExpressionResultComeInOrder() {
    // Flushed, since the two streams are otherwise sent in whatever order their buffers fill.
    String code =
        "import sys\nprint('out', flush=True)\nprint('err', file=sys.stderr, flush=True)\n'result'";
    assertThat(Cells.run(code).getString("content")).isEqualTo("out\nerr\n'result'");
  }

  @Test
  void textBeyondAsciiSurvivesTheRoundTrip() {
    // Literal characters on the way in, a Python escape for one outside the BMP on the way out.
    String code =
        "s = '\u00e9\u2713' + '\\U0001F600'\nprint(s, len(s), s == '\u00e9\u2713\uD83D\uDE00')";
    assertThat(Cells.run(code).getString("content")).isEqualTo("\u00e9\u2713\uD83D\uDE00 3 True");
  }

  @Test
  void anExceptionGivesItsTracebackWithoutColours() {
    String content =
        Cells.run("def boom():\n    return 1 / 0\nprint('before')\nboom()").getString("content");
    assertThat(content)
        .startsWith("before\n")
        .contains("ZeroDivisionError", "Traceback", "return 1 / 0")
        .doesNotContain("\u001B[");
  }

  @Test
  void aPngDisplayBecomesADataUrl() {
    // A 1x1 PNG built by hand, so the test needs no matplotlib.
    String code =
        """
        import struct, zlib
        from IPython.display import Image, display
        def chunk(kind, data):
            body = kind + data
            return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body))
        png = (b'\\x89PNG\\r\\n\\x1a\\n'
               + chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 2, 0, 0, 0))
               + chunk(b'IDAT', zlib.compress(b'\\x00\\xff\\x00\\x00'))
               + chunk(b'IEND', b''))
        display(Image(data=png))
        """;
    JsonPath reply = Cells.run(code);
    List<String> urls = reply.getList("extras.image_urls", String.class);
    assertThat(urls).hasSize(1);
    assertThat(urls.get(0)).startsWith("data:image/png;base64,");
    byte[] png =
        Base64.getDecoder().decode(urls.get(0).substring("data:image/png;base64,".length()));
    assertThat(png).startsWith(PNG_SIGNATURE);
    assertThat(reply.getString("content")).isEqualTo("<IPython.core.display.Image object>");
  }

  @Test
  void theKernelFollowsTheShellsDirectory() throws Exception {
    String getcwd = "import os\nprint(os.getcwd())";
    assertThat(Cells.run(getcwd).getString("content")).isEqualTo(home.toString());

    // As in OpenHands, a cell's own chdir lasts until the shell moves.
    Cells.run("os.chdir('/')");
    assertThat(Cells.run(getcwd).getString("content")).isEqualTo("/");

    Path elsewhere = dirs.create("elsewhere");
    shell.set(elsewhere);
    assertThat(Cells.run(getcwd).getString("content")).isEqualTo(elsewhere.toString());
  }

  @Test
  void extraNamesTheDirectoryAndTheKernelsInterpreter() {
    String content = Cells.run("import sys\nprint(sys.executable)", true, 30).getString("content");
    String[] lines = content.split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).isEqualTo("[Jupyter current working directory: " + home + "]");
    assertThat(lines[2]).isEqualTo("[Jupyter Python interpreter: " + lines[0] + "]");
  }

  @Test
  void withoutExtraTheContentIsTheOutputAlone() {
    assertThat(Cells.run("print('only this')  \n", false, 30).getString("content"))
        .isEqualTo("only this");
  }

  @Test
  void aTimeoutInterruptsTheCellAndTheKernelKeepsItsState() {
    Cells.run("kept = 'still here'");
    JsonPath reply = Cells.run("import time\nwhile True:\n    time.sleep(0.1)", false, 2.0);
    assertThat(reply.getString("content")).isEqualTo("[Execution timed out (2.0 seconds).]");
    assertThat(Cells.run("print(kept)").getString("content")).isEqualTo("still here");
  }

  @Test
  void aKernelDeafToTheInterruptIsReplacedAfterTheTimeout() {
    String deaf =
        "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass";
    assertThat(Cells.run(deaf, false, 1.0).getString("content"))
        .isEqualTo("[Execution timed out (1.0 seconds).]\n" + CellText.STOPPED_AFTER_TIMEOUT);
    assertThat(Cells.run("print('alive')").getString("content"))
        .isEqualTo(CellText.RESTARTED + "\nalive");
  }

  @Test
  void aDeadKernelIsRestartedForTheNextCellWhichSaysSo() {
    Cells.run("lost = 1");
    assertThat(Cells.run("import os\nos._exit(1)").getString("content")).isEqualTo(CellText.DIED);
    assertThat(Cells.run("print('lost' in globals())").getString("content"))
        .isEqualTo(CellText.RESTARTED + "\nFalse");
  }
}
