package dev.jhands.action.bash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandSplitterTest {

  private static List<String> split(String input) {
    return CommandSplitter.split(input).commands();
  }

  private static int prompts(String input) {
    return CommandSplitter.split(input).prompts();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ls -la",
        "ls && pwd",
        "ls; pwd",
        "ls | grep x | wc -l",
        "false || echo no",
        "ls |\n  grep x",
        "make &&\n  make install",
        "make ||\n  echo failed",
        "sleep 1 &",
        "echo a \\\n  b \\\n  c",
        "if true; then\n  echo a\nelif false; then\n  echo b\nelse\n  echo c\nfi",
        "if true\nthen echo a\nfi > out.txt",
        "for i in 1 2 3\ndo\n  echo $i\ndone",
        "for i in 1 2 3; do echo $i; done | sort",
        "for ((i = 0; i < 3; i++)); do\n  echo $i\ndone",
        "while read -r line; do\n  echo \"$line\"\ndone < input.txt",
        "until false; do\n  break\ndone",
        "select x in a b; do break; done",
        "case $x in\n  a|b) echo ab;;\n  c) echo c\n     ;;\n  *) echo other;;\nesac",
        "case x in (a) echo a;; (*) echo b;; esac",
        "case $1 in\n  start) run ;&\n  stop) halt ;;&\n  *) ;;\nesac",
        "case x in\n  x) echo last\nesac",
        "{\n  echo a\n  echo b\n} > both.txt",
        "(\n  cd /tmp\n  ls\n)",
        "f() {\n  echo hi\n}",
        "f()\n{\n  echo hi\n}",
        "function g {\n  echo hi\n}",
        "function h() {\n  echo hi\n}",
        "cat <<EOF\nline1\n\nline2\nEOF",
        "cat <<'EOF' > f.txt\n$HOME `date` it's\nEOF",
        "cat <<\"END\" | grep x\nfoo\nEND",
        "cat <<-EOF\n\tindented\n\tEOF",
        "cat <<\\EOF\nraw\nEOF",
        "cat <<A <<B\na\nA\nb\nB",
        "python3 - <<EOF\nprint('x')\nif True:\n    print(1)\nEOF",
        "x=$(cat <<EOF\nhi\nEOF\n)",
        "echo \"multi\nline\"",
        "echo 'multi\nline'",
        "echo $'a\\'b\nc'",
        "x=$(\n  echo a\n  echo b\n)",
        "x=$(case a in a) echo y;; esac)",
        "echo \"$(echo \")\")\"",
        "echo `echo a\necho b`",
        "echo $((1 + (2 * 3)))",
        "(( i++ ))",
        "arr=(\n  a\n  b\n)",
        "arr+=(c d)",
        "[[ $x =~ ^(a|b)$ ]] && echo yes",
        "[[ -n $x &&\n   -z $y ]]",
        "echo ${x:-\"}\"} ${#arr[@]} ${x//a/b}",
        "diff <(sort a) <(sort b)",
        "echo hi >&2 2>/dev/null &>all.log",
        "cat <<< \"here string\"",
        "git commit -m \"fix: it's done\"",
        "find . -name '*.py' -exec grep -l foo {} \\;",
        "ls @(a|b).txt",
        "! grep -q x f",
        "time sleep 0",
        "echo a#b",
      })
  void oneCommand(String command) {
    assertThat(split(command)).containsExactly(command);
  }

  @Test
  void blankInputIsOneEmptyCommand() {
    assertThat(split("")).containsExactly("");
    assertThat(split("  \n\t ")).containsExactly("");
  }

  @Test
  void linesThatStandAloneAreSeparateCommands() {
    assertThat(split("ls\npwd")).containsExactly("ls", "pwd");
    assertThat(split("  ls  \n\n  pwd  \n")).containsExactly("ls", "pwd");
    assertThat(split("ls;\npwd")).containsExactly("ls;", "pwd");
    assertThat(split("sleep 1 &\necho x")).containsExactly("sleep 1 &", "echo x");
    assertThat(split("echo 'a\nb'\necho c")).containsExactly("echo 'a\nb'", "echo c");
    assertThat(split("f() { echo; }\nf")).containsExactly("f() { echo; }", "f");
  }

  @Test
  void compoundCommandsEndAtTheirClosingWord() {
    assertThat(split("if true; then echo a; fi\necho b"))
        .containsExactly("if true; then echo a; fi", "echo b");
    assertThat(split("for i in 1; do echo; done\nwhile false; do :; done"))
        .containsExactly("for i in 1; do echo; done", "while false; do :; done");
    assertThat(split("case x in x) ;; esac\n(cd /)\n{ ls; }"))
        .containsExactly("case x in x) ;; esac", "(cd /)", "{ ls; }");
  }

  @Test
  void heredocBodiesBelongToTheirCommand() {
    assertThat(split("cat <<EOF > a\nls\npwd\nEOF\necho done"))
        .containsExactly("cat <<EOF > a\nls\npwd\nEOF", "echo done");
    assertThat(split("cat <<-X\n\tbody\n\tX\nls")).containsExactly("cat <<-X\n\tbody\n\tX", "ls");
  }

  @Test
  void commentsBelongToACommand() {
    assertThat(split("# set up\nls")).containsExactly("# set up\nls");
    assertThat(split("ls # list\n# more\n")).containsExactly("ls # list\n# more\n");
    assertThat(split("# only a comment")).containsExactly("# only a comment");
    assertThat(split("ls # c\npwd")).containsExactly("ls # c", "pwd");
    assertThat(split("ls\n# between\npwd")).containsExactly("ls\n# between", "pwd");
    assertThat(split("# a\n# b\nls\npwd")).containsExactly("# a\n# b\nls", "pwd");
  }

  @Test
  void countsThePromptsBashShowsWhileReadingTheInput() {
    assertThat(prompts("ls")).isEqualTo(1);
    assertThat(prompts("if true\nthen\n  echo\nfi")).isEqualTo(1);
    assertThat(prompts("cat <<EOF\na\n\nb\nEOF")).isEqualTo(1);
    assertThat(prompts("# set up\nls")).isEqualTo(2);
    assertThat(prompts("# a\n\nls # b\n# c")).isEqualTo(4);
    assertThat(prompts("echo 'unclosed\nls")).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "echo 'unclosed",
        "echo \"unclosed",
        "if true; then",
        "ls &&",
        "fi",
        "done\nls",
        "echo )",
        "ls\npwd\necho (",
        "echo $(ls",
        "case x in",
        "{ ls",
      })
  void unparsableInputComesBackWhole(String input) {
    assertThat(split(input)).containsExactly(input);
  }
}
