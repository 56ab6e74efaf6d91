package dev.jhands.action;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Every setting of the action-execution server, under {@code jhands.action}. */
@ConfigMapping(prefix = "jhands.action")
public interface ActionExecutionConfig {

  /**
   * The session key callers must send as {@code X-Session-API-Key}; from {@code SESSION_API_KEY}.
   * Without one, the routes are open, as in OpenHands.
   */
  Optional<String> sessionApiKey();

  /** The workspace: the shell starts here, and the editor suggests paths under it. */
  @WithDefault("/workspace")
  Path workingDir();

  /** The user the shell and the kernel run as when the server itself runs as root. */
  Optional<String> username();

  /** The hard timeout of an action that carries none. */
  @WithDefault("120s")
  Duration defaultTimeout();

  Bash bash();

  Ipython ipython();

  Browser browser();

  /** The persistent shell. */
  interface Bash {
    /** The shell binary, started interactively on a pseudo-terminal. */
    @WithDefault("/bin/bash")
    String shell();

    /** The soft timeout: a non-blocking command with no new output for this long returns. */
    @WithDefault("10s")
    Duration noChangeTimeout();

    /** Output above this many characters is cut in the middle. */
    @WithDefault("30000")
    int maxOutputChars();

    /**
     * The same for hidden commands, which OpenHands never cuts: a bound all the same, so that one
     * printing gigabytes cannot exhaust the server's memory.
     */
    @WithDefault("10000000")
    int maxHiddenOutputChars();

    /** How long a new shell may take to show its first prompt (login scripts included). */
    @WithDefault("30s")
    Duration startTimeout();
  }

  /** The Jupyter kernel behind {@code run_ipython}. */
  interface Ipython {
    /**
     * The Python interpreter that has ipykernel and jupyter_client. Unset, the first of {@code
     * python3} on the PATH and {@code /usr/bin/python3} that can import both: a PATH python (say
     * pyenv's) often lacks them while the distribution's has them.
     */
    Optional<String> python();

    /** How long the kernel may take to start. */
    @WithDefault("60s")
    Duration startTimeout();

    /**
     * Start the kernel in the background at boot so the first cell does not wait for it. Off by
     * default: many sessions never run a cell, and a kernel costs memory. {@code /alive} never
     * waits for it either way.
     */
    @WithDefault("false")
    boolean prestart();
  }

  /** The browser behind {@code browse} and {@code browse_interactive}. */
  interface Browser {
    @WithDefault("true")
    boolean enabled();

    /** The Chromium binary Playwright drives; no browser is ever downloaded. */
    @WithDefault("/usr/bin/chromium")
    String executable();

    /** The limit of one browser step. */
    @WithDefault("120s")
    Duration stepTimeout();

    /** How long Chromium may take to start, on the first browser action. */
    @WithDefault("60s")
    Duration launchTimeout();

    /** The viewport the pages and screenshots get, as BrowserGym's default. */
    @WithDefault("1280")
    int viewportWidth();

    @WithDefault("720")
    int viewportHeight();
  }
}
