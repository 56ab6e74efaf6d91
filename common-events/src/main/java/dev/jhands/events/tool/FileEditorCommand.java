package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code file_editor} tool's commands. */
public enum FileEditorCommand {
  @JsonProperty("view")
  VIEW,
  @JsonProperty("create")
  CREATE,
  @JsonProperty("str_replace")
  STR_REPLACE,
  @JsonProperty("insert")
  INSERT,
  @JsonProperty("undo_edit")
  UNDO_EDIT
}
