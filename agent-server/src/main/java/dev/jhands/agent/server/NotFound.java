package dev.jhands.agent.server;

/**
 * A conversation or event the request named does not exist: 404 with this message. Separate from
 * JAX-RS's NotFoundException, whose text for an unmatched route names framework internals.
 */
public class NotFound extends RuntimeException {

  public NotFound(String message) {
    super(message);
  }
}
