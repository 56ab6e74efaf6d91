package dev.jhands.events.llm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Image content: {@code {"type": "image", "image_urls": ["https://..." |
 * "data:image/png;base64,..."], "cache_prompt": false}}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImageContent(boolean cachePrompt, List<String> imageUrls) implements Content {

  public ImageContent {
    imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
  }

  public static ImageContent of(String... imageUrls) {
    return new ImageContent(false, List.of(imageUrls));
  }
}
