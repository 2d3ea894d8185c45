package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code main} in a child JVM, for what only a process shows: the console's charset,
 * signals, resource limits.
 */
final class ChildJvm {

  record Result(int exitCode, String out, String err) {}

  private ChildJvm() {}

  /** The command that starts {@code anxin ARGS} in a new JVM with this test's classpath. */
  static List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(AnxinCli.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** A builder for {@code command} with the given environment changes, JVM options removed. */
  static ProcessBuilder builder(List<String> command, Map<String, String> environment) {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().putAll(environment);
    return builder;
  }

  /** Runs {@code builder} to its end and collects its exit code, stdout and stderr as UTF-8. */
  static Result run(ProcessBuilder builder) throws IOException, InterruptedException {
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "child JVM did not finish");
    return new Result(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }
}
