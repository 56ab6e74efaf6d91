package dev.jhands.events.bash;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The answer of {@code DELETE /api/bash/bash_events} (agent-server.md §2.4): how many went. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BashEventsCleared(int clearedCount) {}
