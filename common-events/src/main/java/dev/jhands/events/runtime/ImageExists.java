package dev.jhands.events.runtime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code GET /image_exists?image=} (runtime-api.md §2.7): whether the registry holds
 * the image and, when it does, its upload time and size, which V0 only logs. {@code image} is null
 * when the image does not exist.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ImageExists(boolean exists, Image image) {

  /**
   * What the registry knows of an existing image. The size is a JSON number (V0 divides it); the
   * upload time is kept as the text the registry gave.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Image(String uploadTime, Long imageSizeBytes) {}
}
