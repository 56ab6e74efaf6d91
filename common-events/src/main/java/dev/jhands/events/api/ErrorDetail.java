package dev.jhands.events.api;

/**
 * The one error body of every jhands HTTP API, FastAPI's shape: {@code {"detail": "..."}}.
 *
 * <p>OpenHands clients read {@code detail} from any non-2xx answer and show it to the user.
 */
public record ErrorDetail(String detail) {}
