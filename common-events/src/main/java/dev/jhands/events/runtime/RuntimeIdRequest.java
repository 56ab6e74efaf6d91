package dev.jhands.events.runtime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST /pause}, {@code /resume} and {@code /stop} on the runtime API
 * (runtime-api.md §2.6): {@code {"runtime_id": "..."}}. Clients never send the session id here.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RuntimeIdRequest(String runtimeId) {}
