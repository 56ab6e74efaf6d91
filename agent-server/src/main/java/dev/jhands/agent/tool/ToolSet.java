package dev.jhands.agent.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jhands.events.conversation.ToolSpec;
import dev.jhands.events.json.Wire;
import dev.jhands.events.tool.ToolNames;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The tools of one agent: those its spec names (the browser tool set expanded), filtered by its
 * regex, plus finish and think, which are always there. Every schema carries {@code security_risk},
 * as the SDK's do, so that a confirmation policy can act on the model's own estimate.
 */
public final class ToolSet {

  public static final String SECURITY_RISK = "security_risk";
  private static final ObjectMapper JSON = Wire.mapper();

  private final Map<String, Tool> tools;

  private ToolSet(Map<String, Tool> tools) {
    this.tools = tools;
  }

  /**
   * The tool set of an agent.
   *
   * @throws IllegalArgumentException for an unknown tool name or a bad filter regex
   */
  public static ToolSet of(List<ToolSpec> specs, String filterRegex) {
    Pattern filter;
    try {
      filter = filterRegex == null || filterRegex.isBlank() ? null : Pattern.compile(filterRegex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "filter_tools_regex is not a valid regex: " + e.getMessage());
    }
    Map<String, Tool> chosen = new LinkedHashMap<>();
    for (ToolSpec spec : specs) {
      for (Tool tool : resolve(spec.name())) {
        if (filter == null || filter.matcher(tool.name()).matches()) {
          chosen.put(tool.name(), tool);
        }
      }
    }
    chosen.putIfAbsent(ToolNames.FINISH, new BuiltInTools.Finish());
    chosen.putIfAbsent(ToolNames.THINK, new BuiltInTools.Think());
    return new ToolSet(chosen);
  }

  /** Names the SDK registry knows under either its class or its registry name. */
  private static List<Tool> resolve(String name) {
    return switch (name == null ? "" : name) {
      case ToolNames.TERMINAL, "TerminalTool", "BashTool", "execute_bash" ->
          List.of(new TerminalTool());
      case ToolNames.FILE_EDITOR, "FileEditorTool", "str_replace_editor" ->
          List.of(new FileEditorTool());
      case ToolNames.TASK_TRACKER, "TaskTrackerTool" -> List.of(new TaskTrackerTool());
      case ToolNames.BROWSER_TOOL_SET, "BrowserToolSet" -> BrowserTools.all();
      case ToolNames.FINISH, "FinishTool" -> List.of(new BuiltInTools.Finish());
      case ToolNames.THINK, "ThinkTool" -> List.of(new BuiltInTools.Think());
      default -> {
        Optional<Tool> browser =
            BrowserTools.all().stream().filter(t -> t.name().equals(name)).findFirst();
        yield browser
            .map(List::of)
            .orElseThrow(() -> new IllegalArgumentException("Unknown tool: " + name));
      }
    };
  }

  public Optional<Tool> get(String name) {
    return Optional.ofNullable(tools.get(name));
  }

  public List<String> names() {
    return List.copyOf(tools.keySet());
  }

  /** What LangChain4j sends the model. */
  public List<ToolSpecification> specifications() {
    List<ToolSpecification> specs = new ArrayList<>();
    for (Tool tool : tools.values()) {
      specs.add(
          ToolSpecification.builder()
              .name(tool.name())
              .description(tool.description())
              .parameters(withRisk(tool.parameters()))
              .build());
    }
    return specs;
  }

  /** The OpenAI-format schemas the SystemPromptEvent records. */
  public List<JsonNode> schemas() {
    List<JsonNode> schemas = new ArrayList<>();
    for (Tool tool : tools.values()) {
      ObjectNode function = JSON.createObjectNode();
      function.put("name", tool.name());
      function.put("description", tool.description());
      function.set(
          "parameters",
          JSON.valueToTree(JsonSchemaElementUtils.toMap(withRisk(tool.parameters()))));
      ObjectNode schema = JSON.createObjectNode();
      schema.put("type", "function");
      schema.set("function", function);
      schemas.add(schema);
    }
    return schemas;
  }

  private static JsonObjectSchema withRisk(JsonObjectSchema parameters) {
    JsonObjectSchema.Builder builder =
        JsonObjectSchema.builder()
            .addProperties(parameters.properties())
            .addEnumProperty(
                SECURITY_RISK,
                List.of("LOW", "MEDIUM", "HIGH"),
                "How risky the action is: LOW (read-only), MEDIUM (changes the workspace), HIGH"
                    + " (deletes data, touches secrets or the system, reaches the network).");
    if (parameters.required() != null) {
      builder.required(parameters.required());
    }
    return builder.build();
  }
}
