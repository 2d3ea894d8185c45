package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code anxin simulate} leaves in {@code --out} when things go well, and when they do not.
 */
class SimulateOutputTest {

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  private static Run anxin(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = AnxinCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path scenario() throws IOException {
    Path file = dir.resolve("small.yaml");
    if (!Files.exists(file)) {
      Files.writeString(file, "name: small\nbook: {deals: 2000}\n", StandardCharsets.UTF_8);
    }
    return file;
  }

  private List<String> simulate(Path out, String trials, String seed) throws IOException {
    return List.of(
        "simulate",
        "--scenario",
        scenario().toString(),
        "--trials",
        trials,
        "--seed",
        seed,
        "--quiet",
        "--out",
        out.toString());
  }

  private Run simulateInProcess(Path out, String seed) throws IOException {
    return anxin(simulate(out, "40", seed).toArray(String[]::new));
  }

  /** Every entry under {@code out} with its content (links not followed), to compare states. */
  private static Set<String> snapshot(Path out) throws IOException {
    Set<String> all = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        String entry = out.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          entry += " -> " + Files.readSymbolicLink(p);
        } else if (Files.isRegularFile(p)) {
          entry += " = " + Files.readString(p, StandardCharsets.ISO_8859_1).hashCode();
        }
        all.add(entry);
      }
    }
    return all;
  }

  private static void assertOneLine(Run run) {
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("anxin: "), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void aSecondRunSaysItReplacedTheFirst() throws IOException {
    Path out = dir.resolve("out");
    Run first = simulateInProcess(out, "1");
    assertEquals(0, first.exitCode(), first.err());
    assertFalse(first.out().contains("replacing"), first.out());
    Run second = simulateInProcess(out, "2");
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(second.out().contains("(replacing the earlier run)"), second.out());
    assertTrue(Files.readString(out.resolve("summary.json")).contains("\"seed\" : 2"));
  }

  @Test
  void aNonEmptyDirectoryThatIsNotAnxinOutputIsRefusedUntouched() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "mine");
    scenario();
    Set<String> before = snapshot(dir);
    Run run = simulateInProcess(dir, "1");
    assertOneLine(run);
    assertTrue(run.err().contains("holds no earlier anxin run"), run.err());
    assertEquals(before, snapshot(dir));
  }

  @Test
  void anEmptyOutIsRefused() throws IOException {
    Run run = simulateInProcess(Path.of(""), "1");
    assertOneLine(run);
    assertTrue(run.err().startsWith("anxin: --out: must name a directory"), run.err());
  }

  @Test
  void aReportThatIsADirectoryStopsTheRunBeforeAnythingChanges() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, simulateInProcess(out, "1").exitCode());
    Files.delete(out.resolve("report.html"));
    Files.createDirectory(out.resolve("report.html"));
    Set<String> before = snapshot(out);
    Run run = simulateInProcess(out, "2");
    assertOneLine(run);
    assertTrue(run.err().contains("report.html"), run.err());
    assertEquals(before, snapshot(out));
  }

  @Test
  void aLinkPlantedAsATemporaryFileIsNotFollowed() throws IOException {
    Path victim = dir.resolve("victim.txt");
    Files.writeString(victim, "precious");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.createSymbolicLink(out.resolve(".trials.csv.tmp"), victim);
    Run run = simulateInProcess(out, "1");
    // The directory holds only a planted link, not Anxin output: refused, victim untouched.
    assertOneLine(run);
    assertEquals("precious", Files.readString(victim));
  }

  /** A file-size limit makes every write past it fail, as a full disk does. */
  @Test
  void aFullDiskKeepsTheEarlierRunAndLeavesNoStrayFiles() throws Exception {
    Path out = dir.resolve("out");
    assertEquals(0, simulateInProcess(out, "1").exitCode());
    Set<String> before = snapshot(out);
    List<String> command =
        new ArrayList<>(ChildJvm.command(simulate(out, "40", "2").toArray(String[]::new)));
    String quoted = String.join(" ", command.stream().map(a -> "'" + a + "'").toList());
    // 256 KiB: enough for the JVM, too little for the report with its inlined charts.
    ProcessBuilder limited =
        ChildJvm.builder(List.of("bash", "-c", "ulimit -f 256; exec " + quoted), Map.of());
    ChildJvm.Result result = ChildJvm.run(limited);
    assertEquals(2, result.exitCode(), result.err());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().startsWith("anxin: --out: cannot write"), result.err());
    assertFalse(result.err().contains("Exception"), result.err());
    assertEquals(before, snapshot(out));
  }

  @Test
  void ctrlCDuringTheRunKeepsTheEarlierOutput() throws Exception {
    Path out = dir.resolve("out");
    assertEquals(0, simulateInProcess(out, "1").exitCode());
    Set<String> before = snapshot(out);
    Process child =
        ChildJvm.builder(
                ChildJvm.command(simulate(out, "1000000", "2").toArray(String[]::new)), Map.of())
            .start();
    child.getOutputStream().close();
    Thread.sleep(1500);
    new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the run did not stop on SIGINT");
    assertEquals(before, snapshot(out));
  }

  @Test
  void runningOutOfMemoryIsOneLineAndLeavesNoDirectory() throws Exception {
    Path out = dir.resolve("never");
    List<String> command =
        new ArrayList<>(ChildJvm.command(simulate(out, "2000000", "1").toArray(String[]::new)));
    command.add(1, "-Xmx24m");
    ChildJvm.Result result = ChildJvm.run(ChildJvm.builder(command, Map.of()));
    assertEquals(1, result.exitCode(), result.err());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().startsWith("anxin: out of memory: give Java more heap"), result.err());
    assertFalse(Files.exists(out));
  }
}
