package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.jhands.events.llm.LlmConfig;
import java.util.List;

/**
 * The agent's configuration, as the start request carries it and the state stores it: {@code
 * {"kind": "Agent", "llm": {...}, "tools": [{"name", "params"}], "mcp_config": {},
 * "filter_tools_regex", "agent_context", "system_prompt_filename": "system_prompt.j2",
 * "system_prompt_kwargs": {}, "security_analyzer", "condenser"}}.
 *
 * <p>Agent is the SDK's only concrete {@code AgentBase}, so a missing {@code kind} is accepted.
 * {@code mcp_config} and {@code system_prompt_kwargs} are free-form and kept as raw JSON. The
 * agent's {@code security_analyzer} is deprecated in favour of the conversation's.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind", defaultImpl = Agent.class)
@JsonTypeName("Agent")
public record Agent(
    LlmConfig llm,
    List<ToolSpec> tools,
    JsonNode mcpConfig,
    String filterToolsRegex,
    AgentContext agentContext,
    String systemPromptFilename,
    JsonNode systemPromptKwargs,
    SecurityAnalyzer securityAnalyzer,
    Condenser condenser) {

  public static final String DEFAULT_SYSTEM_PROMPT = "system_prompt.j2";

  public Agent {
    tools = tools == null ? List.of() : List.copyOf(tools);
    mcpConfig = objectOrEmpty(mcpConfig);
    systemPromptFilename =
        systemPromptFilename == null ? DEFAULT_SYSTEM_PROMPT : systemPromptFilename;
    systemPromptKwargs = objectOrEmpty(systemPromptKwargs);
  }

  /** An agent with an LLM and tools, everything else at its default. */
  public static Agent of(LlmConfig llm, List<ToolSpec> tools) {
    return new Agent(llm, tools, null, null, null, null, null, null, null);
  }

  private static JsonNode objectOrEmpty(JsonNode node) {
    return node == null || node.isNull() ? JsonNodeFactory.instance.objectNode() : node.deepCopy();
  }
}
