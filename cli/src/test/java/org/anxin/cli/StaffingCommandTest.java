package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code anxin staffing}: the files and the table of a real (small) run, the simulated complaints
 * read back by {@code anxin sla report}, and one-line refusals of bad input that leave an earlier
 * run intact.
 */
class StaffingCommandTest {

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  private static Run anxin(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = AnxinCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** A quarter of the default volume, so that a run takes a second. */
  private Path smallScenario() throws Exception {
    Path file = dir.resolve("small.yaml");
    Files.writeString(
        file,
        "name: small\nbook: {deals: 16000}\ncomplaints:\n  background: {perYear: 15000}\n",
        StandardCharsets.UTF_8);
    return file;
  }

  /**
   * Four trials of the small scenario at 12, 16 and 20 seats unless {@code more} says otherwise.
   */
  private Run staffing(Path out, String... more) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "staffing",
                "--scenario",
                smallScenario().toString(),
                "--out",
                out.toString(),
                "--quiet"));
    if (!List.of(more).contains("--headcount")) {
      args.addAll(List.of("--headcount", "12..20:4"));
    }
    if (!List.of(more).contains("--trials")) {
      args.addAll(List.of("--trials", "4"));
    }
    args.addAll(List.of(more));
    return anxin(args.toArray(String[]::new));
  }

  @Test
  void aRunWritesItsFilesAndPrintsTheCurve() throws Exception {
    Path out = dir.resolve("run");
    Run run = staffing(out, "--complaints-csv");
    assertEquals(0, run.exitCode(), run.err());
    for (String name : List.of("staffing.json", "staffing.html", "months.csv", "complaints.csv")) {
      assertTrue(Files.isRegularFile(out.resolve(name)), name);
    }
    JsonNode json = new ObjectMapper().readTree(out.resolve("staffing.json").toFile());
    assertEquals(3, json.get("headcounts").size());
    assertEquals(16, json.get("headcounts").get(1).get("headcount").asInt());
    assertEquals(12, json.get("headcounts").get(0).get("months").size());
    assertTrue(run.out().contains("headcount  P(every month)"), run.out());
    for (JsonNode point : json.get("headcounts")) {
      String line =
          String.format(
              Locale.ROOT,
              "%9d  %14.3f",
              point.get("headcount").asInt(),
              point.get("everyMonthMeets").get("probability").asDouble());
      assertTrue(run.out().contains(line), line + " in\n" + run.out());
    }
    List<String> months = Files.readAllLines(out.resolve("months.csv"), StandardCharsets.UTF_8);
    assertEquals(1 + 4 * 3 * 12, months.size());
  }

  @Test
  void theSimulatedComplaintsAreJudgedTheSameBySlaReport() throws Exception {
    Path out = dir.resolve("csv");
    Run run = staffing(out, "--complaints-csv", "--headcount", "20");
    assertEquals(0, run.exitCode(), run.err());
    Run report = anxin("sla", "report", out.resolve("complaints.csv").toString());
    assertEquals(0, report.exitCode(), report.err());
    // Trial 0 at 20 seats, month by month, as months.csv has it: "met/N" for each target.
    List<String> months = Files.readAllLines(out.resolve("months.csv"), StandardCharsets.UTF_8);
    for (String row : months.subList(1, 13)) {
      String[] f = row.split(",");
      assertEquals("0", f[0]);
      String line =
          report.out().lines().filter(l -> l.startsWith("month " + f[2])).findFirst().orElseThrow();
      for (int k = 0; k < 3; k++) {
        String metOfN = f[4 + 4 * k] + "/" + f[3 + 4 * k];
        assertTrue(line.contains(metOfN), metOfN + " in " + line);
      }
    }
  }

  @Test
  void formatJsonPrintsStaffingJson() throws Exception {
    Path out = dir.resolve("json");
    Run run = staffing(out, "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(
        mapper.readTree(out.resolve("staffing.json").toFile()), mapper.readTree(run.out()));
  }

  @Test
  void theSameBytesWithOneAndTwoThreads() throws Exception {
    assertEquals(0, staffing(dir.resolve("one"), "--threads", "1").exitCode());
    assertEquals(0, staffing(dir.resolve("two"), "--threads", "2").exitCode());
    for (String name : List.of("staffing.json", "months.csv")) {
      assertEquals(
          Files.readString(dir.resolve("one").resolve(name)),
          Files.readString(dir.resolve("two").resolve(name)),
          name);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--headcount|ten|--headcount",
        "--headcount|20..10|the range ends before it starts",
        "--headcount|0..10|headcounts are 1 to 100000",
        "--headcount|10..20:0|the step must be at least 1",
        "--headcount|1..100000:1|at most 200 headcounts",
        "--trials|0|--trials",
        "--threads|0|--threads"
      })
  void badInputIsOneLineExitTwoAndKeepsTheEarlierRun(String option, String value, String named)
      throws Exception {
    Path out = dir.resolve("kept");
    assertEquals(0, staffing(out).exitCode());
    String before = Files.readString(out.resolve("staffing.json"));
    Run run = staffing(out, option, value);
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains(named), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertEquals(before, Files.readString(out.resolve("staffing.json")));
  }

  @Test
  void aBadComplaintsSectionNamesItsField() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file, "name: bad\ncomplaints:\n  roster: {shrinkage: 2}\n", StandardCharsets.UTF_8);
    Run run =
        anxin("staffing", "--scenario", file.toString(), "--out", dir.resolve("x").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("complaints.roster.shrinkage"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertFalse(Files.exists(dir.resolve("x")));
  }

  @Test
  void aSimulateRunIsNeverReplaced() throws Exception {
    Path out = dir.resolve("sim");
    Run sim =
        anxin(
            "simulate",
            "--trials",
            "20",
            "--out",
            out.toString(),
            "--quiet",
            "--scenario",
            smallScenario().toString());
    assertEquals(0, sim.exitCode(), sim.err());
    Run run = staffing(out);
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("holds an anxin simulate or compare output"), run.err());
  }
}
