package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --engine}: this jar runs {@code local} only; {@code spark} is the launcher's (which starts
 * the anxin-spark jar), and without a built Spark jar or SPARK_HOME the launcher says so in one
 * line.
 */
class EngineOptionTest {

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = AnxinCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @ParameterizedTest
  @ValueSource(strings = {"simulate", "staffing"})
  void sparkOrAnUnknownEngineIsRefusedInOneLineAndLocalRuns(String command, @TempDir Path dir) {
    String[] spark = run(command, "--engine", "spark", "--out", dir.resolve("a").toString());
    assertEquals("2", spark[0]);
    assertEquals(
        "anxin: --engine: runs through the ./anxin launcher or spark-submit with the anxin-spark"
            + " jar (docs/distributed.md), not from this jar (got 'spark')\n",
        spark[2]);
    String[] unknown = run(command, "--engine", "dask", "--out", dir.resolve("b").toString());
    assertEquals("2", unknown[0]);
    assertEquals(
        "anxin: --engine: unknown; the engines are [local, spark] (got 'dask')\n", unknown[2]);
    assertFalse(Files.exists(dir.resolve("a")) || Files.exists(dir.resolve("b")));
    String[] local =
        command.equals("simulate")
            ? run(
                command,
                "--engine",
                "local",
                "--trials",
                "20",
                "--quiet",
                "--out",
                dir.resolve("c").toString())
            : run(
                command,
                "--engine",
                "local",
                "--trials",
                "1",
                "--headcount",
                "60",
                "--quiet",
                "--out",
                dir.resolve("c").toString());
    assertEquals("0", local[0], local[2]);
  }

  /**
   * The launcher, copied where no Spark jar was ever built and with no SPARK_HOME, refuses {@code
   * --engine spark} in one line before starting any JVM.
   */
  @Test
  void theLauncherWithoutSparkSaysSoInOneLine(@TempDir Path dir) throws Exception {
    Path script = Path.of("..", "anxin").toAbsolutePath().normalize();
    Files.copy(script, dir.resolve("anxin"));
    ProcessBuilder builder =
        new ProcessBuilder(
            "bash", dir.resolve("anxin").toString(), "simulate", "--engine", "spark");
    builder.environment().remove("SPARK_HOME");
    builder.environment().remove("ANXIN_CLASSPATH");
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
    assertEquals(2, process.exitValue());
    assertEquals(0, out.length);
    String message = new String(err, StandardCharsets.UTF_8);
    assertEquals(1, message.lines().count(), message);
    assertTrue(
        message.startsWith("anxin: --engine spark needs Spark: run ./mvnw package"), message);
  }

  @Test
  void aSparkHomeWithoutSparkSubmitIsRefusedInOneLine(@TempDir Path dir) throws Exception {
    Path script = Path.of("..", "anxin").toAbsolutePath().normalize();
    ProcessBuilder builder =
        new ProcessBuilder("bash", script.toString(), "simulate", "--engine=spark");
    builder.environment().put("SPARK_HOME", dir.toString());
    builder.environment().remove("ANXIN_CLASSPATH");
    Process process = builder.start();
    process.getInputStream().readAllBytes();
    String message = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
    assertEquals(2, process.exitValue());
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.contains("has no bin/spark-submit"), message);
  }
}
