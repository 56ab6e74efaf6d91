package dev.jhands.events.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.json.Wire;
import java.util.List;
import org.junit.jupiter.api.Test;

class GitChangeTest {

  private final ObjectMapper mapper = Wire.mapper();

  @Test
  void theChangesAnswerIsAPlainListOfUpperCaseStatuses() throws Exception {
    List<GitChange> changes =
        mapper.readValue(
            """
            [{"status": "MOVED", "path": "a.py"}, {"status": "DELETED", "path": "b.py"}]
            """,
            new TypeReference<>() {});

    assertThat(changes)
        .extracting(GitChange::status)
        .containsExactly(GitChangeStatus.MOVED, GitChangeStatus.DELETED);
  }

  @Test
  void aStatusOutsideTheVocabularyIsRejected() {
    assertThatThrownBy(
            () -> mapper.readValue("{\"status\": \"updated\", \"path\": \"a\"}", GitChange.class))
        .isInstanceOf(JsonMappingException.class);
  }
}
