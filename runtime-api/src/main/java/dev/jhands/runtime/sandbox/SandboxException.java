package dev.jhands.runtime.sandbox;

/** A request the sandboxes refuse, with the HTTP status and detail the caller gets. */
public class SandboxException extends RuntimeException {

  private final int status;

  public SandboxException(int status, String detail) {
    super(detail);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
