package dev.jhands.action.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  @Test
  void oneChangedLine() {
    assertThat(UnifiedDiff.of("import os\nx = 1\n", "import os\nx = 2\n", "/w/app.py"))
        .isEqualTo("--- /w/app.py\n+++ /w/app.py\n@@ -2 +2 @@\n-x = 1\n+x = 2");
  }

  @Test
  void rangesFollowDifflib() {
    assertThat(UnifiedDiff.of("a\nb\n", "a\nX\nY\nb\n", "p"))
        .isEqualTo("--- p\n+++ p\n@@ -1,0 +2,2 @@\n+X\n+Y");
    assertThat(UnifiedDiff.of("a\nb\nc\n", "a\n", "p"))
        .isEqualTo("--- p\n+++ p\n@@ -2,2 +1,0 @@\n-b\n-c");
    assertThat(UnifiedDiff.of("a\nb\nc\nd\n", "A\nb\nc\nD\n", "p"))
        .isEqualTo("--- p\n+++ p\n@@ -1 +1 @@\n-a\n+A\n@@ -4 +4 @@\n-d\n+D");
  }

  @Test
  void createdFileDiffsAgainstOneEmptyLine() {
    assertThat(UnifiedDiff.of("", "hello", "p")).isEqualTo("--- p\n+++ p\n@@ -1 +1 @@\n-\n+hello");
  }

  @Test
  void noChangeIsEmptyAndLinesAreRightStripped() {
    assertThat(UnifiedDiff.of("same\n", "same\n", "p")).isEmpty();
    assertThat(UnifiedDiff.of("", "", "p")).isEmpty();
    assertThat(UnifiedDiff.of("a  \n", "b\t\n", "p"))
        .isEqualTo("--- p\n+++ p\n@@ -1 +1 @@\n-a\n+b");
  }
}
