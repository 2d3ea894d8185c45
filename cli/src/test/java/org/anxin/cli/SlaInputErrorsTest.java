package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile or mistaken input to {@code anxin sla}: one line, exit code 2, never a trace. */
class SlaInputErrorsTest {

  private static final Path SAMPLE = Path.of("..", "examples", "complaints", "sample.csv");

  @TempDir Path dir;

  private record Result(int exitCode, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = AnxinCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private static void assertOneLine(Result r, String expectedStart) {
    assertEquals(2, r.exitCode(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith(expectedStart), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals("", r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"9999999999999h", "999999999999d", "PT9999999999999H", "36601d"})
  void anAbsurdDurationIsRefused(String duration) {
    assertOneLine(
        run("sla", "deadline", "--start", "2025-02-07T17:00+08:00", "--duration", duration),
        "anxin: --duration: is longer than 36600d (100 years)");
  }

  @Test
  void theLongestDurationIsAccepted() {
    Result r =
        run(
            "sla",
            "deadline",
            "--start",
            "2025-02-07T17:00+08:00",
            "--duration",
            "36600d",
            "--calendar",
            "24x7");
    assertEquals(0, r.exitCode(), r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-12-31T23:59+08:00", "1899-12-31T23:59Z", "3000-01-01T00:00Z"})
  void anInstantOutsideTheRangeIsRefused(String start) {
    assertOneLine(
        run("sla", "deadline", "--start", start, "--duration", "12h", "--calendar", "24x7"),
        "anxin: --start: must lie between 1900-01-01 and 2999-12-31");
  }

  @Test
  void aGbkExportIsNamedAsSuchWithWhereAndHow() throws Exception {
    Charset gbk = Charset.forName("GB18030");
    String text = Files.readString(SAMPLE, StandardCharsets.UTF_8).replace("Pudong", "浦东");
    Path export = dir.resolve("export.csv");
    Files.writeString(export, text, gbk);
    Result r = run("sla", "report", export.toString());
    assertOneLine(r, "anxin: FILE.csv: line 3, byte ");
    assertTrue(r.err().contains("the file is not UTF-8"), r.err());
    assertTrue(r.err().contains("--encoding GB18030"), r.err());
    assertTrue(r.err().contains("iconv -f GB18030 -t UTF-8"), r.err());

    Result read = run("sla", "report", export.toString(), "--encoding", "GBK");
    assertEquals(0, read.exitCode(), read.err());
    assertTrue(read.out().contains("浦东"), read.out());
  }

  @Test
  void anUnknownEncodingIsRefused() {
    assertOneLine(
        run("sla", "report", SAMPLE.toString(), "--encoding", "latin-1"),
        "anxin: --encoding: must be UTF-8 or GB18030 (GBK)");
  }

  @Test
  void oneUnclosedQuoteInAHugeFileGivesAShortMessage() throws Exception {
    String header = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).get(0);
    String row = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).get(1);
    StringBuilder csv =
        new StringBuilder(header).append('\n').append("\"").append(row).append('\n');
    for (int i = 0; i < 50_000; i++) {
      csv.append(row).append('\n');
    }
    Path file = dir.resolve("unclosed.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    Result r = run("sla", "report", file.toString());
    assertEquals(2, r.exitCode(), r.err().substring(0, Math.min(500, r.err().length())));
    assertTrue(r.err().length() < 600, r.err().length() + " characters");
  }

  @Test
  void aMissingFileIsOneLine() {
    assertOneLine(
        run("sla", "report", dir.resolve("nope.csv").toString()), "anxin: FILE.csv: no such file");
  }
}
