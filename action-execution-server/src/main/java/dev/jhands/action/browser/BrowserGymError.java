package dev.jhands.action.browser;

/**
 * An error the agent sees in the observation's error block, named as the Python exception
 * BrowserGym would have raised ({@code ValueError}, {@code SyntaxError}, ...), because agents and
 * prompts written for OpenHands expect those names.
 */
class BrowserGymError extends Exception {

  private final String pythonType;

  BrowserGymError(String pythonType, String message) {
    super(message);
    this.pythonType = pythonType;
  }

  /** As BrowserGym reports it: {@code "<type>: <message>"}. */
  String describe() {
    return pythonType + ": " + getMessage();
  }
}
