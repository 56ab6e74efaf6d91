package dev.jhands.events.git;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code GET /api/git/diff/{path}} (agent-server.md §2.4): the file's content now
 * ({@code modified}) and at the base revision ({@code original}), which the frontend renders side
 * by side. OpenHands writes an empty string where a side does not exist; null is accepted too.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GitDiff(String modified, String original) {}
