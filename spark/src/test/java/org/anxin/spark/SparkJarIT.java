package org.anxin.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.anxin.cli.AnxinCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code anxin-spark.jar}, as spark-submit takes it: it holds Anxin with its libraries
 * relocated and none of Spark's; run in its own JVM against Spark's class path (as Maven resolved
 * it), directly and through {@code ./anxin simulate --engine spark}, it writes the local command's
 * files with Spark's INFO logging off; without Spark it says so in one line.
 */
class SparkJarIT {

  private static final Path JAR = Path.of(System.getProperty("anxin.spark.jar"));

  @TempDir Path dir;

  record Result(int exitCode, String out, String err) {}

  private static Result run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("SPARK_HOME");
    builder.environment().remove("ANXIN_CLASSPATH");
    builder.redirectError(ProcessBuilder.Redirect.PIPE);
    Process process = builder.start();
    process.getOutputStream().close();
    // stderr is small; read stdout first, then stderr, both to their ends.
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the child JVM did not finish");
    return new Result(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  private static List<String> java(String classPath, String... args) {
    return java(classPath, AnxinOnSpark.class.getName(), List.of(args));
  }

  /** {@code java} with Spark's Java 17 options running {@code mainClass} on {@code classPath}. */
  private static List<String> java(String classPath, String mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(System.getProperty("anxin.spark.javaOptions").split(" ")));
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(args);
    return command;
  }

  private static String sparkClassPath() throws IOException {
    return Files.readString(Path.of(System.getProperty("anxin.spark.classpath"))).strip();
  }

  private Path scenario() throws IOException {
    Path file = dir.resolve("small.yaml");
    Files.writeString(file, "name: small\nbook: {deals: 2500}\n", StandardCharsets.UTF_8);
    return file;
  }

  /** {@code simulate} of {@code scenario}'s {@code trials} trials into {@code out}, and more. */
  private static List<String> simulate(Path scenario, int trials, Path out, String... more) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "simulate",
            "--scenario",
            scenario.toString(),
            "--trials",
            Integer.toString(trials),
            "--out",
            out.toString()));
    args.addAll(List.of(more));
    return args;
  }

  private static List<String> with(List<String> first, List<String> then) {
    List<String> all = new ArrayList<>(first);
    all.addAll(then);
    return all;
  }

  private Path local(Path scenario, int trials) {
    Path out = dir.resolve("local");
    int code =
        AnxinCli.run(
            simulate(scenario, trials, out).toArray(String[]::new),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));
    assertEquals(0, code);
    return out;
  }

  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    for (String name : List.of("trials.csv", "years.csv", "summary.json", "report.html")) {
      assertEquals(
          Files.readString(expected.resolve(name)), Files.readString(actual.resolve(name)), name);
    }
  }

  @Test
  void theJarHoldsAnxinWithItsLibrariesRelocatedAndNoneOfSpark() throws IOException {
    try (ZipFile jar = new ZipFile(JAR.toFile())) {
      List<String> names = jar.stream().map(e -> e.getName()).toList();
      assertTrue(names.contains("org/anxin/spark/AnxinOnSpark.class"));
      assertTrue(names.contains("org/anxin/cli/AnxinCli.class"));
      assertTrue(names.stream().anyMatch(n -> n.startsWith("org/anxin/shaded/jackson/databind/")));
      for (String outside :
          List.of(
              "com/fasterxml/",
              "org/yaml/",
              "com/google/common/",
              "io/vavr/",
              "org/apache/spark/",
              "scala/",
              "org/slf4j/",
              "org/apache/logging/",
              "io/netty/")) {
        assertFalse(
            names.stream().anyMatch(n -> n.startsWith(outside)), outside + " is in the jar");
      }
    }
  }

  @Test
  void theJarOnSparksClassPathWritesTheLocalFilesQuietly() throws Exception {
    Path scenario = scenario();
    Path out = dir.resolve("spark");
    Result result =
        run(
            java(
                JAR + File.pathSeparator + sparkClassPath(),
                "simulate",
                "--master",
                "local[2]",
                "--partitions",
                "5",
                "--scenario",
                scenario.toString(),
                "--trials",
                "30",
                "--out",
                out.toString(),
                "--format",
                "json"));
    assertEquals(0, result.exitCode(), result.err());
    assertFalse(result.err().contains("INFO"), result.err());
    Path local = local(scenario, 30);
    assertSameFiles(local, out);
    assertEquals(Files.readString(local.resolve("summary.json")).strip(), result.out().strip());
  }

  /**
   * What {@code spark-submit} runs: Spark's {@code SparkSubmit} on Spark's class path, loading the
   * jar into its own class loader behind Spark's classes.
   */
  @Test
  void sparkSubmitRunsTheJar() throws Exception {
    Path scenario = scenario();
    Path out = dir.resolve("submitted");
    List<String> command =
        java(
            sparkClassPath(),
            "org.apache.spark.deploy.SparkSubmit",
            with(
                List.of(
                    "--master",
                    "local[2]",
                    "--class",
                    AnxinOnSpark.class.getName(),
                    JAR.toString()),
                simulate(scenario, 30, out, "--quiet")));
    Result result = run(command);
    assertEquals(0, result.exitCode(), result.err());
    assertSameFiles(local(scenario, 30), out);
    assertTrue(result.err().contains("Setting Spark log level to \"WARN\""), result.err());
  }

  @Test
  void theLauncherRunsTheJarWithEngineSpark() throws Exception {
    Path scenario = scenario();
    Path out = dir.resolve("launcher");
    Path launcher = Path.of("..", "anxin").toAbsolutePath().normalize();
    Result result =
        run(
            with(
                List.of("bash", launcher.toString()),
                simulate(
                    scenario, 30, out, "--engine", "spark", "--master", "local[2]", "--quiet")));
    assertEquals(0, result.exitCode(), result.err());
    assertFalse(result.err().contains("building"), "the launcher used the built jar");
    assertSameFiles(local(scenario, 30), out);
  }

  @Test
  void withoutSparkTheJarSaysSoInOneLine() throws Exception {
    Result result = run(java(JAR.toString(), "simulate", "--trials", "10"));
    assertEquals(2, result.exitCode());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().startsWith("anxin: Spark is not on the class path"), result.err());
    assertEquals("", result.out());
  }
}
