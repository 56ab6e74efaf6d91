package dev.jhands.events.bash;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An event of the agent server's conversation-independent shell (agent-server.md §2.4, §3): what
 * {@code /api/bash/bash_events/...} returns and {@code /sockets/bash-events} pushes (there also a
 * {@link BashError} answering a bad client frame), tagged by {@code kind}. Ids are UUIDs as 32 hex
 * digits; timestamps are ISO-8601 text, kept as written.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = BashCommand.class, name = "BashCommand"),
  @JsonSubTypes.Type(value = BashOutput.class, name = "BashOutput"),
  @JsonSubTypes.Type(value = BashError.class, name = "BashError")
})
public sealed interface BashEvent permits BashCommand, BashOutput, BashError {

  String id();

  String timestamp();
}
