package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The body of a 422 from the action-execution server: {@code {"detail": "Invalid request
 * parameters", "errors": "<str>"}}; {@code errors} is Python's {@code str()} of the validation
 * errors, not JSON.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ValidationErrorDetail(String detail, String errors) {

  public static final String DETAIL = "Invalid request parameters";

  public static ValidationErrorDetail of(String errors) {
    return new ValidationErrorDetail(DETAIL, errors);
  }
}
