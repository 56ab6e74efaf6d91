package dev.jhands.action.execute;

/** An action that is wrong in itself and cannot be executed: the caller gets a 400. */
public class InvalidActionException extends RuntimeException {

  public InvalidActionException(String message) {
    super(message);
  }
}
