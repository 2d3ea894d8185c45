package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names from a user's file never reach the terminal raw: an escape sequence would recolour it, a
 * carriage return or newline would forge a line of the table.
 */
class TerminalSafetyTest {

  /** A colour, a window title (OSC), a forged line and a NUL. */
  private static final String EVIL = "周女士\u001b[31m\u001b]0;pwned\u0007\r\nFAKE LINE\u0000";

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run anxin(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = AnxinCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static void assertNoControlCharacters(String text) {
    for (String line : text.split("\n", -1)) {
      assertTrue(
          line.chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x7f),
          "raw control in: " + line);
      assertFalse(line.startsWith("FAKE LINE"), "forged line: " + line);
    }
  }

  private static String yamlQuoted(String text) {
    return "\""
        + text.replace("\u001b", "\\e")
            .replace("\u0007", "\\a")
            .replace("\r", "\\r")
            .replace("\n", "\\n")
            .replace("\u0000", "\\0")
        + "\"";
  }

  @Test
  void theClaimsTableEscapesAPartyName() throws Exception {
    Path example = Path.of("..", "examples", "cases", "swap-cancellation.yaml");
    String yaml = Files.readString(example, StandardCharsets.UTF_8);
    assertTrue(yaml.contains("周女士"));
    Path file = dir.resolve("evil.yaml");
    Files.writeString(
        file,
        yaml.replace("name: 周女士}", "name: " + yamlQuoted(EVIL) + "}"),
        StandardCharsets.UTF_8);
    Run run = anxin("claims", "assess", file.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("周女士\\e[31m"), run.out());
    assertNoControlCharacters(run.out());
  }

  @Test
  void theSlaTableEscapesATeamName() throws Exception {
    Path sample = Path.of("..", "examples", "complaints", "sample.csv");
    String csv = Files.readString(sample, StandardCharsets.UTF_8);
    Path file = dir.resolve("evil.csv");
    Files.writeString(
        file,
        csv.replace(",Pudong,", ",\"Pu\u001b[31mdong\r\nFAKE LINE\","),
        StandardCharsets.UTF_8);
    Run run = anxin("sla", "report", file.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Pu\\e[31mdong\\r\\nFAKE LINE"), run.out());
    assertNoControlCharacters(run.out());
  }

  /**
   * A scenario name names the default output directory, so control characters are refused: the
   * refusal itself is one line with the name escaped, and nothing is written.
   */
  @Test
  void aScenarioNameWithControlsIsRefusedInOneEscapedLine() throws Exception {
    Path scenario = dir.resolve("evil.yaml");
    Files.writeString(
        scenario, "name: " + yamlQuoted(EVIL) + "\nbook: {deals: 500}\n", StandardCharsets.UTF_8);
    Run run =
        anxin(
            "simulate",
            "--scenario",
            scenario.toString(),
            "--trials",
            "20",
            "--quiet",
            "--out",
            dir.resolve("out").toString());
    assertEquals(2, run.exit(), run.err());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("name: must not contain control"), run.err());
    assertTrue(run.err().contains("周女士\\e[31m"), run.err());
    assertNoControlCharacters(run.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }
}
