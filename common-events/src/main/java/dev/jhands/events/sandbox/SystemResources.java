package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The {@code resources} of {@code /server_info}: CPU percent of the server process, its memory, the
 * usage of the disk holding {@code /}, and its I/O counters.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SystemResources(
    double cpuPercent, MemoryUsage memory, DiskUsage disk, IoCounters io) {}
