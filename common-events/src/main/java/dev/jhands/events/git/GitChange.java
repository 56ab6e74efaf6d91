package dev.jhands.events.git;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One changed file, an item of the list {@code GET /api/git/changes/{path}} answers
 * (agent-server.md §2.4). {@code path} is relative to the requested directory; a rename comes as a
 * {@code DELETED} old path plus an {@code ADDED} new one.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GitChange(GitChangeStatus status, String path) {}
