package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Applies condensers in order: {@code {"kind": "PipelineCondenser", "condensers": [...]}}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PipelineCondenser(List<Condenser> condensers) implements Condenser {

  public PipelineCondenser {
    condensers = condensers == null ? List.of() : List.copyOf(condensers);
  }
}
