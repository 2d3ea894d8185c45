package org.anxin.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anxin.cli.AnxinCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code anxin-spark simulate} and {@code anxin-spark staffing} (the jar's command line, run here
 * in-process on {@code local[2]}) write the local command's files, byte for byte, and print its
 * output; what Spark cannot do or reach is refused in one line with exit code 2.
 */
class SparkCommandLineTest {

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  private static Run local(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        AnxinCli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static Run onSpark(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    SparkOptions options = new SparkOptions();
    int code =
        AnxinCli.runOn(
            "anxin-spark",
            new SparkEngine(options),
            options,
            args.toArray(String[]::new),
            new PrintWriter(out),
            new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** The same command run locally and on Spark, each into its own directory. */
  record Both(Run local, Run spark) {}

  /**
   * {@code args} locally into {@code dir/local} and on Spark ({@code local[2]}, {@code partitions}
   * ranges) into {@code dir/spark}, each checked to exit 0.
   */
  private Both locallyAndOnSpark(List<String> args, String partitions) {
    Run local = local(with(args, "--out", dir.resolve("local").toString()));
    assertEquals(0, local.exitCode(), local.err());
    Run spark =
        onSpark(
            with(
                args,
                "--out",
                dir.resolve("spark").toString(),
                "--master",
                "local[2]",
                "--partitions",
                partitions));
    assertEquals(0, spark.exitCode(), spark.err());
    return new Both(local, spark);
  }

  private static List<String> with(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all;
  }

  private Path scenario() throws Exception {
    Path file = dir.resolve("small.yaml");
    Files.writeString(
        file,
        "name: small\nbook: {deals: 3000}\nprogramme: {growth: 0.05}\n",
        StandardCharsets.UTF_8);
    return file;
  }

  private static void assertSameFiles(Path expected, Path actual, String... names)
      throws Exception {
    for (String name : names) {
      assertEquals(
          Files.readString(expected.resolve(name)), Files.readString(actual.resolve(name)), name);
    }
  }

  @Test
  void simulateOnSparkWritesTheLocalFilesAndOutput() throws Exception {
    List<String> args =
        List.of("simulate", "--scenario", scenario().toString(), "--trials", "40", "--years", "2");
    Both runs = locallyAndOnSpark(args, "3");
    Run local = runs.local();
    Run spark = runs.spark();
    assertSameFiles(
        dir.resolve("local"),
        dir.resolve("spark"),
        "trials.csv",
        "years.csv",
        "summary.json",
        "report.html");
    assertEquals(
        local.out().replace(dir.resolve("local").toString(), "OUT"),
        spark.out().replace(dir.resolve("spark").toString(), "OUT"));
    String run = Files.readString(dir.resolve("spark").resolve("run.json"));
    assertTrue(run.contains("\"name\" : \"spark\""), run);
    assertTrue(run.contains("\"partitions\" : 3"), run);
  }

  @Test
  void staffingOnSparkWritesTheLocalFilesAndOutput() throws Exception {
    List<String> args =
        List.of(
            "staffing", "--trials", "3", "--headcount", "50..58:4", "--complaints-csv", "--quiet");
    Both runs = locallyAndOnSpark(args, "2");
    Run local = runs.local();
    Run spark = runs.spark();
    assertSameFiles(
        dir.resolve("local"),
        dir.resolve("spark"),
        "staffing.json",
        "months.csv",
        "staffing.html",
        "complaints.csv");
    assertEquals(
        local.out().replace(dir.resolve("local").toString(), "OUT"),
        spark.out().replace(dir.resolve("spark").toString(), "OUT"));
  }

  @Test
  void whatSparkCannotDoOrReachIsRefusedInOneLine() throws Exception {
    List<String> args = List.of("simulate", "--scenario", scenario().toString(), "--trials", "8");
    String[][] cases = {
      {"--claims-out", "--master", "local[1]"},
      {"--master", "spark://127.0.0.1:1"},
      {"--master", "spark://127.0.0.1:99999"},
      {"--master", "no-such-master"},
      {"--master", "local[1]", "--partitions", "0"},
      {"--engine", "local"},
    };
    String[] expected = {
      "anxin: --claims-out: is written only by the local engine",
      "anxin: --master: no Spark master answers there",
      "anxin: --master: the port of 127.0.0.1:99999 must be 1 to 65535",
      "anxin: --master: Spark cannot start there",
      "anxin: --partitions: must be between 1 and 100000 (got 0)",
      "anxin: --engine: this is the anxin-spark jar",
    };
    for (int i = 0; i < cases.length; i++) {
      Path out = dir.resolve("refused-" + i);
      Run run = onSpark(with(with(args, "--out", out.toString()), cases[i]));
      assertEquals(2, run.exitCode(), run.err());
      assertEquals(1, run.err().lines().count(), run.err());
      assertTrue(run.err().startsWith(expected[i]), run.err());
      assertFalse(Files.exists(out), "nothing written for " + List.of(cases[i]));
    }
  }

  @Test
  void onlySimulateAndStaffingAreOnSpark() {
    Run catalog = onSpark(List.of("catalog"));
    assertEquals(2, catalog.exitCode());
    Run help = onSpark(List.of("--help"));
    assertEquals(0, help.exitCode(), help.err());
    assertTrue(help.out().contains("simulate") && help.out().contains("staffing"), help.out());
    assertFalse(help.out().contains("  catalog") || help.out().contains("  sla "), help.out());
  }
}
