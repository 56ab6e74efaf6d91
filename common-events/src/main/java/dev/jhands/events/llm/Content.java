package dev.jhands.events.llm;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One content item of a message or observation, keyed by {@code type} rather than {@code kind}:
 * {@code {"type": "text", "text": ...}} or {@code {"type": "image", "image_urls": [...]}}. Either
 * may carry {@code cache_prompt}. The Nov-2025 frontend's types say {@code "image_url"}, but the
 * SDK only accepts {@code "image"}, and so does this model.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = TextContent.class, name = "text"),
  @JsonSubTypes.Type(value = ImageContent.class, name = "image")
})
public sealed interface Content permits TextContent, ImageContent {

  /** Whether the LLM call should mark this item as a prompt-cache breakpoint. */
  boolean cachePrompt();
}
