package dev.jhands.agent.conversation;

import dev.jhands.agent.server.NotFound;
import jakarta.ws.rs.BadRequestException;
import java.util.Optional;
import java.util.UUID;

/** Resolves a conversation id from a path, in either form, for the REST resources. */
public final class Conversations {

  private final ConversationService service;

  public Conversations(ConversationService service) {
    this.service = service;
  }

  /** The id, or 400 when it is neither a dashed UUID nor 32 hex digits. */
  public static UUID parse(String id) {
    return ConversationIds.parse(id)
        .orElseThrow(() -> new BadRequestException("Invalid conversation id: " + id));
  }

  public Optional<Conversation> find(String id) {
    return service.get(parse(id));
  }

  /** The conversation, or 404. */
  public Conversation require(String id) {
    return find(id).orElseThrow(() -> new NotFound("Conversation not found: " + id));
  }
}
