package dev.jhands.agent.llm;

/** The model could not answer; the code names the kind of failure, as the SDK's error events do. */
public class LlmException extends RuntimeException {

  private final String code;

  public LlmException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
