package dev.jhands.events.bash;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An event of the agent server's conversation-independent shell (agent-server.md §2.4, §3): what
 * {@code /api/bash/bash_events/...} returns and {@code /sockets/bash-events} pushes, tagged by
 * {@code kind}. Ids are UUIDs as 32 hex digits; timestamps are ISO-8601 text, kept as written.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = BashCommand.class, name = "BashCommand"),
  @JsonSubTypes.Type(value = BashOutput.class, name = "BashOutput")
})
public sealed interface BashEvent permits BashCommand, BashOutput {

  String id();

  String timestamp();
}
