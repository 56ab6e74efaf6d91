package dev.jhands.testing.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The server-sent events of a streamed Messages answer, each a complete {@code event: ...\ndata:
 * ...\n\n} frame: {@code message_start} (input usage), a {@code ping}, per content block a {@code
 * content_block_start}, its deltas ({@code text_delta} word by word, {@code input_json_delta} in
 * slices of the arguments) and a {@code content_block_stop}, then {@code message_delta} (stop
 * reason, output usage) and {@code message_stop}.
 */
final class AnthropicStream {

  private AnthropicStream() {}

  static List<String> frames(OpenAiWire.Completion c) {
    List<String> frames = new ArrayList<>();
    ObjectNode start = event("message_start");
    ObjectNode message = start.putObject("message");
    message.put("id", c.id());
    message.put("type", "message");
    message.put("role", "assistant");
    message.putArray("content");
    message.put("model", c.model());
    message.putNull("stop_reason");
    message.putNull("stop_sequence");
    ObjectNode usage = AnthropicWire.usage(c.usage());
    usage.put("output_tokens", 1); // Anthropic's opening figure; the final one is in message_delta
    message.set("usage", usage);
    frames.add(frame(start));
    frames.add(frame(event("ping")));

    List<ObjectNode> blocks = AnthropicWire.blocks(c);
    int firstCall = blocks.size() - c.reply().toolCalls().size();
    for (int index = 0; index < blocks.size(); index++) {
      ObjectNode block = blocks.get(index);
      boolean text = "text".equals(block.path("type").asText());
      ObjectNode opening = block.deepCopy();
      List<ObjectNode> deltas = new ArrayList<>();
      if (text) {
        opening.put("text", "");
        for (String word : OpenAiWire.words(block.path("text").asText())) {
          deltas.add(event("text_delta").put("text", word));
        }
      } else {
        opening.putObject("input");
        // The raw text, not the parsed input: partial_json is what the model emitted.
        String arguments = c.reply().toolCalls().get(index - firstCall).arguments();
        for (String slice : OpenAiWire.slices(arguments, OpenAiWire.ARGUMENT_SLICE)) {
          deltas.add(event("input_json_delta").put("partial_json", slice));
        }
      }
      ObjectNode blockStart = event("content_block_start").put("index", index);
      blockStart.set("content_block", opening);
      frames.add(frame(blockStart));
      for (ObjectNode d : deltas) {
        ObjectNode blockDelta = event("content_block_delta").put("index", index);
        blockDelta.set("delta", d);
        frames.add(frame(blockDelta));
      }
      frames.add(frame(event("content_block_stop").put("index", index)));
    }

    ObjectNode end = event("message_delta");
    end.putObject("delta")
        .put("stop_reason", AnthropicWire.stopReason(c.reply()))
        .putNull("stop_sequence");
    end.putObject("usage").put("output_tokens", c.usage().completionTokens());
    frames.add(frame(end));
    frames.add(frame(event("message_stop")));
    return frames;
  }

  /** An object typed as Anthropic types events and deltas alike. */
  private static ObjectNode event(String type) {
    return OpenAiWire.JSON.createObjectNode().put("type", type);
  }

  private static String frame(ObjectNode event) {
    return "event: "
        + event.path("type").asText()
        + "\ndata: "
        + AnthropicWire.write(event)
        + "\n\n";
  }
}
