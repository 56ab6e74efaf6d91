package dev.jhands.events.sandbox;

/**
 * The observations whose event carries a top-level {@code success}: only {@code run} and {@code
 * run_ipython} do. The value is derived, so it is written but never read.
 */
public sealed interface ReportsSuccess permits CmdOutputObservation, IPythonRunCellObservation {

  boolean success();
}
