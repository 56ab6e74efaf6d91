package dev.jhands.action.ipython;

import java.util.List;

/**
 * What one cell produced, before it becomes observation text.
 *
 * @param texts stream text, {@code text/plain} results and tracebacks, in arrival order
 * @param pngs base64 PNGs from {@code image/png} displays
 * @param restarted the kernel had stopped and was started afresh before this cell
 * @param kernelStopped the kernel ignored the interrupt after a timeout and was shut down
 */
record CellResult(
    Status status,
    List<String> texts,
    List<String> pngs,
    boolean restarted,
    boolean kernelStopped) {

  enum Status {
    /** The kernel went idle: the cell finished, normally or with a traceback. */
    FINISHED,
    TIMED_OUT,
    /** The kernel (or the bridge) died while the cell ran. */
    DIED
  }

  CellResult {
    texts = List.copyOf(texts);
    pngs = List.copyOf(pngs);
  }

  static CellResult timedOut(boolean kernelStopped) {
    return new CellResult(Status.TIMED_OUT, List.of(), List.of(), false, kernelStopped);
  }

  static CellResult died() {
    return new CellResult(Status.DIED, List.of(), List.of(), false, false);
  }

  CellResult afterRestart() {
    return new CellResult(status, texts, pngs, true, kernelStopped);
  }
}
