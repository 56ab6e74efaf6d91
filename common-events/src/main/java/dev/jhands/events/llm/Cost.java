package dev.jhands.events.llm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The cost of one LLM call: {@code {"model", "cost", "timestamp"}}, where {@code timestamp} is Unix
 * seconds as a float (Python's {@code time.time()}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Cost(String model, double cost, double timestamp) {}
