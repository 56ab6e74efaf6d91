package dev.jhands.runtime.backend;

/** Whether a sandbox runs; when it does not, a detail for {@code status_detail}. */
public record Inspection(boolean alive, String detail) {

  public static Inspection running() {
    return new Inspection(true, null);
  }

  public static Inspection gone(String detail) {
    return new Inspection(false, detail);
  }
}
