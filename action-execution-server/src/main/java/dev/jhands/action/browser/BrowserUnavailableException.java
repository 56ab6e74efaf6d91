package dev.jhands.action.browser;

/** The browser cannot be used at all: disabled, not installed, or it would not start. */
class BrowserUnavailableException extends Exception {

  /** OpenHands' words, which the agent may know; {@link #getMessage()} adds why. */
  static final String PREFIX = "Browser functionality is not supported or disabled.";

  BrowserUnavailableException(String why) {
    super(PREFIX + " " + why);
  }
}
