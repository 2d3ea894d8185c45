package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code anxin sla ...} run in-process. */
class SlaCommandTest {

  /** The example the docs use; the figures below are worked out by hand in docs/sla.md. */
  private static final Path SAMPLE = Paths.get("..", "examples", "complaints", "sample.csv");

  private record Result(int exitCode, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = AnxinCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @ParameterizedTest(name = "{0} + {1} on {2} = {3}")
  @CsvSource({
    // 1h Friday, 9h on the make-up Saturday 2025-02-08, 2h on Monday.
    "2025-02-07T17:00+08:00, 12h, cn-workday, 2025-02-10T11:00+08:00",
    "2025-02-07T17:00+08:00, 12h, 24x7, 2025-02-08T05:00+08:00",
    "2025-02-07T09:00Z, 30m, 24x7, 2025-02-07T17:30+08:00",
    "2025-02-09 20:00, PT1H, cn-workday, 2025-02-10T10:00+08:00",
    "2025-02-10T09:00+08:00, 1d, cn-workday, 2025-02-12T15:00+08:00",
    "2025-02-10T09:00+08:00, 9h, cn-workday, 2025-02-10T18:00+08:00",
    "2025-02-09T23:00+08:00, 0m, cn-workday, 2025-02-09T23:00+08:00",
  })
  void deadlinePrintsOneDateTime(String start, String duration, String calendar, String expected) {
    Result r =
        run("sla", "deadline", "--start", start, "--duration", duration, "--calendar", calendar);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(expected + System.lineSeparator(), r.out());
    assertEquals("", r.err());
  }

  @Test
  void theDefaultCalendarIs24x7AndHoursAreConfigurable() {
    assertEquals(
        "2025-02-08T05:00+08:00",
        run("sla", "deadline", "--start", "2025-02-07T17:00+08:00", "--duration", "12h")
            .out()
            .strip());
    // 08:00-17:00: Friday is already closed, 9h Saturday, 3h Monday.
    assertEquals(
        "2025-02-10T11:00+08:00",
        run(
                "sla",
                "deadline",
                "--start",
                "2025-02-07T17:00+08:00",
                "--duration",
                "12h",
                "--calendar",
                "cn-workday",
                "--hours",
                "08:00-17:00")
            .out()
            .strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--start 2026-12-31T17:00+08:00 --duration 12h --calendar cn-workday| 2027-01-01",
        "--start 2019-12-31T17:00+08:00 --duration 1h --calendar cn-workday| 2019-12-31",
        "--start 2025-02-07T17:00+08:00 --duration 12 --calendar cn-workday| --duration",
        "--start 2025-02-07T17:00+08:00 --duration -1h| --duration",
        "--start yesterday --duration 1h| --start",
        "--start 2025-02-07T17:00+08:00 --duration 1h --calendar weekdays| weekdays",
        "--start 2025-02-07T17:00+08:00 --duration 1h --hours 09:00-18:00| 24x7",
        "--start 2025-02-07T17:00+08:00 --duration 1h --calendar cn-workday --hours 9-6| --hours",
      })
  void badInputIsOneLineOnStderrAndExitCode2(String args, String mentioned) {
    String[] argv = ("sla deadline " + args).split(" ");
    Result r = run(argv);
    assertEquals(2, r.exitCode());
    assertEquals("", r.out());
    assertTrue(r.err().contains(mentioned), r.err());
    assertTrue(r.err().startsWith("anxin: "), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void theReportOfTheSampleMatchesTheHandComputation() {
    Result r = run("sla", "report", SAMPLE.toString());
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.out().split("\\R");
    assertTrue(
        lines[0].startsWith(
            "30124 report: sample.csv, 12 complaints, as of 2025-03-12T12:00+08:00"));
    String all =
        java.util.Arrays.stream(lines).filter(l -> l.startsWith("all ")).findFirst().orElseThrow();
    assertEquals(
        "all 12 2 1 10/12 83.3% 9/11 81.8% 8/11 72.7% 11 3 -2 MISSED 23h 28h 29h",
        all.replaceAll("\\s+", " ").strip());
    assertTrue(r.out().contains("first response  p50 20m     p90 35m     p99 50m"), r.out());
  }

  @Test
  void theJsonReportCarriesEveryFigure() throws IOException {
    Result r = run("sla", "report", SAMPLE.toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals("30124", root.get("policy").asText());
    assertEquals("2025-03-12T12:00+08:00", root.get("asOf").asText());
    JsonNode all = root.get("groups").get(0);
    assertEquals("all", all.get("dimension").asText());
    JsonNode resolution = all.get("targets").get("resolution");
    assertEquals(11, resolution.get("n").asInt());
    assertEquals(8, resolution.get("met").asInt());
    assertEquals(3, resolution.get("breaches").asInt());
    assertEquals(1, resolution.get("openBreaches").asInt());
    assertEquals("0.7273", resolution.get("metRatio").decimalValue().toPlainString());
    assertEquals(23 * 60, resolution.get("p50Minutes").asInt());
    assertEquals(-2, all.get("objective").get("errorBudgetLeft").asInt());
    assertEquals(1, all.get("objective").get("allowedBreaches").asInt());
    assertEquals("MISSED", all.get("objective").get("status").asText());
    JsonNode solution = all.get("targets").get("solution");
    assertEquals(1, solution.get("openWithinDeadline").asInt());
    assertEquals(720, root.get("targets").get(1).get("budgetMinutes").asInt());
    // 1 overall + 2 months + 3 channels + 3 teams.
    assertEquals(9, root.get("groups").size());
  }

  @Test
  void theReportOnWorkdaysCountsBusinessTime() {
    Result r = run("sla", "report", SAMPLE.toString(), "--calendar", "cn-workday");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("on cn-workday (version cn-2020-2026.1+"), r.out());
  }

  @Test
  void anAsOfInstantJudgesOpenComplaintsThen() throws IOException {
    Result r =
        run(
            "sla",
            "report",
            SAMPLE.toString(),
            "--format",
            "json",
            "--as-of",
            "2025-03-31T00:00+08:00");
    JsonNode all = new ObjectMapper().readTree(r.out()).get("groups").get(0);
    // C-009 is now past its deadlines too.
    assertEquals(12, all.get("targets").get("resolution").get("n").asInt());
    assertEquals(2, all.get("targets").get("resolution").get("openBreaches").asInt());
  }

  @Test
  void aMalformedRowIsReportedWithLineAndColumnAndNothingOnStdout(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(
        file,
        "id,channel,team,category,received,registered,first_response,solution,resolved,"
            + "paused_minutes\n"
            + "C1,phone,A,x,2025-01-01T09:00+08:00,,,,,\n"
            + "C2,phone,A,x,2025-13-01T09:00,,,,,\n",
        StandardCharsets.UTF_8);
    Result r = run("sla", "report", file.toString());
    assertEquals(2, r.exitCode());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("anxin: bad.csv line 3, column received:"), r.err());
  }

  @Test
  void missingFilesAndBadFormatsAreUserErrors(@TempDir Path dir) throws IOException {
    Result missing = run("sla", "report", dir.resolve("nope.csv").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("nope.csv"), missing.err());
    Result format = run("sla", "report", SAMPLE.toString(), "--format", "xml");
    assertEquals(2, format.exitCode());
    assertTrue(format.err().contains("--format"), format.err());
    Path empty = dir.resolve("empty.csv");
    Files.writeString(
        empty,
        "id,channel,team,category,received,registered,first_response,solution,resolved,"
            + "paused_minutes\n",
        StandardCharsets.UTF_8);
    assertEquals(2, run("sla", "report", empty.toString()).exitCode());
    assertEquals(
        0, run("sla", "report", empty.toString(), "--as-of", "2025-01-01T00:00+08:00").exitCode());
  }

  @Test
  void helpListsTheSubcommands() {
    Result help = run("sla", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("deadline") && help.out().contains("report"), help.out());
    // Without a subcommand: the usage on stderr, as a usage error.
    Result bare = run("sla");
    assertEquals(2, bare.exitCode());
    assertTrue(bare.err().contains("deadline") && bare.err().contains("report"), bare.err());
  }
}
