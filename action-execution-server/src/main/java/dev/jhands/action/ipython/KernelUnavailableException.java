package dev.jhands.action.ipython;

/** The kernel cannot run cells; the message says why, for the agent to read. */
class KernelUnavailableException extends Exception {

  KernelUnavailableException(String reason) {
    super(reason);
  }
}
