package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line prints when it cannot do what it was asked: one line, never a trace. */
class ConsoleErrorsTest {

  record Run(int exit, String out, String err) {}

  private static Run anxin(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = AnxinCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static String shellQuoted(List<String> command) {
    return String.join(
        " ", command.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
  }

  @Test
  void aBadFlagIsOneLineAndAPointerToHelp() {
    for (String[] args :
        List.of(
            new String[] {"simulate", "--trials", "many"},
            new String[] {"simulate", "--no-such-flag"},
            new String[] {"catalog", "--format", "xml"},
            new String[] {"sla", "deadline", "--start"})) {
      Run run = anxin(args);
      assertEquals(2, run.exit(), String.join(" ", args));
      List<String> lines = run.err().lines().toList();
      assertEquals(2, lines.size(), run.err());
      assertTrue(lines.get(0).startsWith("anxin: "), run.err());
      assertTrue(lines.get(1).matches("Try 'anxin [a-z ]+ --help' for more\\."), run.err());
      assertEquals("", run.out());
    }
    Run bad = anxin("simulate", "--trials", "many");
    assertTrue(bad.err().contains("--trials") && bad.err().contains("many"), bad.err());
  }

  @Test
  void anxinAloneShowsTheUsageAsAUsageError() {
    Run run = anxin();
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("simulate"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void controlCharactersInAValueAreEscapedInTheMessage() {
    Run run = anxin("simulate", "--scenario", "\u001b[31mred\r\nanxin: FAKE LINE\u0007");
    assertEquals(2, run.exit());
    assertEquals(1, run.err().lines().count(), run.err());
    assertFalse(
        run.err().contains("\u001b") || run.err().contains("\r") || run.err().contains("\u0007"));
    assertTrue(run.err().contains("\\e[31mred\\r\\nanxin: FAKE LINE\\u0007"), run.err());
  }

  @Test
  void aHugeValueIsQuotedAsAShortExcerpt() {
    Run run = anxin("simulate", "--scenario", "x".repeat(1_000_000));
    assertEquals(2, run.exit());
    assertTrue(run.err().length() < 600, run.err().length() + " characters");
    assertTrue(run.err().contains("more characters"), run.err());
  }

  @Test
  void aFullDiskOnStdoutIsAnErrorNotASuccess() throws Exception {
    String swap = Path.of("..", "examples", "cases", "swap-cancellation.yaml").toString();
    String sample = Path.of("..", "examples", "complaints", "sample.csv").toString();
    for (List<String> args :
        List.of(
            List.of("catalog", "--format", "json"),
            List.of("claims", "assess", swap, "--format", "json"),
            List.of("sla", "report", sample),
            List.of("--help"))) {
      String command = shellQuoted(ChildJvm.command(args.toArray(String[]::new)));
      ChildJvm.Result result =
          ChildJvm.run(
              ChildJvm.builder(
                  List.of("bash", "-c", "exec " + command + " > /dev/full"), Map.of()));
      assertEquals(2, result.exitCode(), args + ": " + result.err());
      assertEquals(1, result.err().lines().count(), result.err());
      assertTrue(
          result
              .err()
              .startsWith("anxin: cannot write to standard output: No space left on device"),
          result.err());
    }
  }

  /** The reader ({@code true}) is gone long before the JVM has started and writes. */
  @Test
  void aClosedPipeEndsQuietlyAsASignalWould() throws Exception {
    String command = shellQuoted(ChildJvm.command("catalog", "--format", "json"));
    ChildJvm.Result result =
        ChildJvm.run(
            ChildJvm.builder(
                List.of(
                    "bash", "-c", "set -o pipefail; " + command + " | true; echo \"rc=$?\" >&2"),
                Map.of()));
    assertTrue(result.err().endsWith("rc=141\n"), result.err());
    assertFalse(result.err().contains("anxin:"), result.err());
  }

  /** A scenario naming a system file as its catalog gets a line about it, never its content. */
  @Test
  void aScenarioPointingAtASystemFileDoesNotPrintIt(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.yaml");
    Files.writeString(secret, "root:x:0:0:root:/root:/bin/bash\n" + "s3cr3t ".repeat(10_000));
    for (String catalog : List.of("/etc/passwd", secret.toString())) {
      Path scenario = dir.resolve("s.yaml");
      Files.writeString(scenario, "name: s\ncatalog: " + catalog + "\n");
      Run run =
          anxin(
              "simulate", "--scenario", scenario.toString(), "--out", dir.resolve("o").toString());
      assertEquals(2, run.exit(), run.err());
      assertEquals(1, run.err().lines().count(), run.err());
      assertFalse(
          run.err().contains("root:x:0:0") || run.err().contains("s3cr3t s3cr3t s3cr3t"),
          run.err());
      assertTrue(run.err().length() < 400, run.err());
    }
  }
}
