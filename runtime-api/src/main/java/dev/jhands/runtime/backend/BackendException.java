package dev.jhands.runtime.backend;

/** A sandbox could not be launched. */
public class BackendException extends Exception {

  public BackendException(String message, Throwable cause) {
    super(message, cause);
  }
}
