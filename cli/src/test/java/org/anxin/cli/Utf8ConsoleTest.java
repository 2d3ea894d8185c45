package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code main} in a child JVM under {@code LANG=C}, where Java 17 would otherwise
 * print Chinese as question marks, and checks that the bytes on stdout are UTF-8.
 */
class Utf8ConsoleTest {

  static ChildJvm.Result runUnderPosixLocale(String... args)
      throws IOException, InterruptedException {
    return ChildJvm.run(
        ChildJvm.builder(ChildJvm.command(args), Map.of("LANG", "C", "LC_ALL", "C")));
  }

  @Test
  void helpPrintsChineseAsUtf8UnderPosixLocale() throws Exception {
    ChildJvm.Result result = runUnderPosixLocale("--help");
    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().contains("安心"), result.out());
  }

  @Test
  void claimsAssessPrintsChineseNamesAsUtf8UnderPosixLocale() throws Exception {
    String swap = Path.of("..", "examples", "cases", "swap-cancellation.yaml").toString();
    ChildJvm.Result table = runUnderPosixLocale("claims", "assess", swap);
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("周女士"), table.out());
    assertTrue(table.out().contains("换房解约 补偿损失"), table.out());
    ChildJvm.Result json = runUnderPosixLocale("claims", "assess", swap, "--format", "json");
    assertEquals(0, json.exitCode(), json.err());
    assertTrue(json.out().contains("\"payeeName\" : \"周女士\""), json.out());
  }

  /**
   * {@code ./anxin claims assess 中文.yaml} under {@code LANG=C LC_ALL=POSIX}: the launcher runs the
   * JVM under a UTF-8 locale, so the file name is decoded and the file found. The name is made and
   * passed by the shell (printf escapes and a glob), so this test's own locale does not matter.
   */
  @Test
  void aChineseFileNameWorksUnderPosixLocaleThroughTheLauncher(@TempDir Path dir) throws Exception {
    Path script = Path.of("..", "anxin").toAbsolutePath().normalize();
    Path swap = Path.of("..", "examples", "cases", "swap-cancellation.yaml").toAbsolutePath();
    String shell =
        "cd '"
            + dir
            + "' && cp '"
            + swap
            + "' \"$(printf '\\344\\270\\255\\346\\226\\207').yaml\" && exec bash '"
            + script
            + "' claims assess *.yaml";
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", shell);
    builder.environment().put("LANG", "C");
    builder.environment().put("LC_ALL", "POSIX");
    builder.environment().put("ANXIN_CLASSPATH", System.getProperty("java.class.path"));
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "child did not finish");
    String stdout = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), new String(err, StandardCharsets.UTF_8));
    assertTrue(stdout.contains("周女士"), stdout);
  }
}
