package dev.jhands.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A WebSocket client that records each text frame with the time it arrived. */
final class WsRecorder implements WebSocket.Listener {

  /** One frame and when it was complete, in {@link System#nanoTime()}. */
  record Frame(String text, long nanos) {}

  final List<Frame> frames = new CopyOnWriteArrayList<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket socket;

  static WsRecorder connect(HttpClient http, URI uri) throws Exception {
    WsRecorder recorder = new WsRecorder();
    recorder.socket =
        http.newWebSocketBuilder().buildAsync(uri, recorder).get(30, TimeUnit.SECONDS);
    return recorder;
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      frames.add(new Frame(partial.toString(), System.nanoTime()));
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  /** Arrival time of the first frame containing {@code marker}, or -1. */
  long arrivalOf(String marker) {
    for (Frame frame : frames) {
      if (frame.text().contains(marker)) {
        return frame.nanos();
      }
    }
    return -1;
  }

  void close() {
    socket.abort();
  }
}
