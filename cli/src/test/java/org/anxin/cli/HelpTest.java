package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code --help} of every command and subcommand prints its usage on stdout and nothing on stderr.
 * It runs in a child JVM because picocli prints its own warnings (e.g. "Could not format" for a
 * {@code %} in a description that is not written {@code %%}) to the process's stderr, not to the
 * command's error writer.
 */
class HelpTest {

  /**
   * Every command's words after {@code anxin}: {@code []}, {@code [claims]}, {@code [claims,
   * assess]}.
   */
  static List<List<String>> commands() {
    List<List<String>> paths = new ArrayList<>();
    walk(new CommandLine(new AnxinCli()), List.of(), paths);
    return paths;
  }

  private static void walk(CommandLine command, List<String> path, List<List<String>> paths) {
    paths.add(path);
    // Keyed by name: an alias maps to the same subcommand again.
    Map<String, CommandLine> subcommands = new LinkedHashMap<>();
    command.getSubcommands().values().forEach(sub -> subcommands.put(sub.getCommandName(), sub));
    for (Map.Entry<String, CommandLine> sub : subcommands.entrySet()) {
      List<String> subPath = new ArrayList<>(path);
      subPath.add(sub.getKey());
      walk(sub.getValue(), List.copyOf(subPath), paths);
    }
  }

  @Test
  void theWalkFindsTheNestedCommands() {
    List<List<String>> all = commands();
    for (List<String> expected :
        List.of(
            List.<String>of(),
            List.of("help"),
            List.of("catalog"),
            List.of("claims", "assess"),
            List.of("sla", "report"),
            List.of("sla", "deadline"),
            List.of("simulate"))) {
      assertTrue(all.contains(expected), () -> expected + " not in " + all);
    }
  }

  @Test
  void aPercentSignInADescriptionPrintsOnce() {
    assertTrue(help("simulate").contains("TVaR at 99.5 %, the exceedance curve"));
    assertTrue(help("sla", "report").contains("objective: >= 90% resolved within 24h"));
    for (List<String> path : commands()) {
      assertFalse(help(path.toArray(String[]::new)).contains("%%"), path::toString);
    }
  }

  /** The usage printed in this JVM; only the text, not picocli's warnings, which go elsewhere. */
  private static String help(String... path) {
    StringWriter out = new StringWriter();
    List<String> args = new ArrayList<>(List.of(path));
    args.add("--help");
    int exit =
        AnxinCli.run(
            args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertEquals(0, exit, args::toString);
    // Joined lines: the usage wraps descriptions at its own width.
    return out.toString().replaceAll("\\s+", " ");
  }

  @ParameterizedTest(name = "anxin {0} --help")
  @MethodSource("commands")
  void helpPrintsTheUsageAndNoWarning(List<String> path) throws Exception {
    List<String> args = new ArrayList<>(path);
    args.add("--help");
    ChildJvm.Result r =
        ChildJvm.run(ChildJvm.builder(ChildJvm.command(args.toArray(String[]::new)), Map.of()));
    assertEquals("", r.err(), "stderr of anxin " + args);
    assertEquals(0, r.exitCode(), r.out());
    String usage = String.join(" ", List.of("Usage: anxin", String.join(" ", path))).strip();
    // A header may come first; the usage line follows.
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith(usage)), r.out());
    for (String line : r.out().lines().toList()) {
      assertTrue(columns(line) <= 80, () -> "wider than 80 columns: " + line);
    }
  }

  /** Terminal columns of {@code line}: a CJK character takes two. */
  private static int columns(String line) {
    return line.codePoints()
        .map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 2 : 1)
        .sum();
  }

  @Test
  void theCommandListGivesEachCommandAWholeSentence() {
    String usage = help();
    String list = usage.substring(usage.indexOf("Commands:"), usage.indexOf("Exit codes"));
    for (String name : List.of("catalog", "claims", "sla", "simulate")) {
      int at = list.indexOf(" " + name + " ");
      String summary = list.substring(at + name.length() + 2);
      int next = summary.length();
      for (String other : List.of(" catalog ", " claims ", " sla ", " simulate ", " help ")) {
        int i = summary.indexOf(other);
        if (i >= 0) {
          next = Math.min(next, i);
        }
      }
      String sentence = summary.substring(0, next).strip();
      assertTrue(sentence.endsWith("."), () -> name + ": cut mid-sentence: " + sentence);
    }
  }

  @Test
  void theVersionNamesTheCatalogAndTheHolidayData() {
    StringWriter out = new StringWriter();
    int exit =
        AnxinCli.run(
            new String[] {"--version"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertEquals(0, exit);
    List<String> lines = out.toString().lines().toList();
    assertTrue(lines.get(0).startsWith("anxin "), lines::toString);
    assertEquals("catalog shanghai-18 2026.1 (built in)", lines.get(1));
    assertTrue(
        lines.get(2).matches("holiday data cn-2020-2026\\.\\d+\\+\\w+ \\(cn-workday\\)"),
        lines::toString);
    assertTrue(lines.get(3).startsWith("Java "), lines::toString);
  }
}
