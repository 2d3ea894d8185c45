package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code anxin compare}: the numbers of two real runs, the warnings and the refusals. */
class CompareCommandTest {

  private static final ObjectMapper EXACT =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .setNodeFactory(new JsonNodeFactory(true));

  /** The built-in baseline and stress at 300 trials, same seed: written once for the class. */
  @TempDir static Path runs;

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  private static Run anxin(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = AnxinCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static Path simulate(Path out, String scenario, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("simulate", "--scenario", scenario, "--out", out.toString(), "--quiet"));
    args.addAll(List.of(more));
    Run run = anxin(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    return out;
  }

  @BeforeAll
  static void writeTheTwoRuns() {
    simulate(runs.resolve("base"), "shanghai-default", "--trials", "300");
    simulate(runs.resolve("squeeze"), "shanghai-credit-squeeze", "--trials", "300");
  }

  private Path smallScenario(String name) throws Exception {
    Path file = dir.resolve(name + ".yaml");
    Files.writeString(file, "name: " + name + "\nbook: {deals: 2000}\n", StandardCharsets.UTF_8);
    return file;
  }

  private static JsonNode json(Path file) throws Exception {
    return EXACT.readTree(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static List<BigDecimal> netCosts(Path run) throws Exception {
    List<BigDecimal> costs = new ArrayList<>();
    List<String> lines = Files.readAllLines(run.resolve("trials.csv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      costs.add(new BigDecimal(line.split(",", -1)[1]));
    }
    return costs;
  }

  @Test
  void theDeltasOfTheStressAgainstTheBaseline() throws Exception {
    Path out = dir.resolve("cmp");
    Run run =
        anxin(
            "compare",
            runs.resolve("base").toString(),
            runs.resolve("squeeze").toString(),
            "--out",
            out.toString(),
            "--format",
            "json");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err(), "same seed, trials and catalog: no warning");
    JsonNode compare = json(out.resolve("compare.json"));
    assertEquals(EXACT.readTree(run.out()), compare, "stdout is compare.json");
    assertTrue(Files.isRegularFile(out.resolve("compare.html")));

    JsonNode a = json(runs.resolve("base").resolve("summary.json"));
    JsonNode b = json(runs.resolve("squeeze").resolve("summary.json"));
    BigDecimal meanA = a.at("/annualCost/mean").decimalValue();
    BigDecimal meanB = b.at("/annualCost/mean").decimalValue();
    // The delta of the means, to the fen.
    assertEquals(meanB.subtract(meanA), compare.at("/delta/mean").decimalValue());
    assertEquals("shanghai-default", compare.at("/a/scenario").asText());
    assertEquals("shanghai-credit-squeeze", compare.at("/b/scenario").asText());
    assertEquals(meanA, compare.at("/a/mean/value").decimalValue());
    assertEquals(
        a.at("/annualCost/intervals/tvar995/upper").decimalValue(),
        compare.at("/a/tvar995/interval/upper").decimalValue());
    assertEquals(
        b.at("/annualCost/var995")
            .decimalValue()
            .subtract(a.at("/annualCost/var995").decimalValue()),
        compare.at("/delta/var995").decimalValue());

    // Paired: centred on the mean of the per-trial differences, ± 1.96 sd/√n.
    JsonNode interval = compare.at("/delta/meanInterval");
    assertEquals("paired", interval.get("method").asText());
    List<BigDecimal> costsA = netCosts(runs.resolve("base"));
    List<BigDecimal> costsB = netCosts(runs.resolve("squeeze"));
    assertEquals(300, costsA.size());
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < costsA.size(); i++) {
      sum = sum.add(costsB.get(i).subtract(costsA.get(i)));
    }
    BigDecimal meanDifference = sum.divide(BigDecimal.valueOf(300), 2, RoundingMode.HALF_EVEN);
    assertEquals(meanDifference, interval.get("centre").decimalValue());
    BigDecimal lower = interval.get("lower").decimalValue();
    BigDecimal upper = interval.get("upper").decimalValue();
    BigDecimal se = interval.get("standardError").decimalValue();
    assertEquals(
        se.multiply(new BigDecimal("1.96")).doubleValue(),
        upper.subtract(meanDifference).doubleValue(),
        0.02);
    assertTrue(lower.signum() > 0, "the squeeze costs more, beyond doubt: " + interval);
    // Paired beats independent: se of the difference below √(se_A² + se_B²).
    BigDecimal seA = a.at("/annualCost/standardError").decimalValue();
    BigDecimal seB = b.at("/annualCost/standardError").decimalValue();
    assertTrue(se.pow(2).compareTo(seA.pow(2).add(seB.pow(2))) < 0, se + " " + seA + " " + seB);

    // Per guarantee and both exceedance curves.
    JsonNode lines = compare.get("byGuarantee");
    assertEquals(18, lines.size());
    JsonNode first = lines.get(0);
    assertEquals(
        first.at("/meanCost/b").decimalValue().subtract(first.at("/meanCost/a").decimalValue()),
        first.at("/meanCost/delta").decimalValue());
    assertEquals(a.at("/annualCost/exceedance"), compare.at("/a/exceedance"));
    assertEquals(b.at("/annualCost/exceedance"), compare.at("/b/exceedance"));
    assertEquals(0, compare.get("warnings").size());
  }

  @Test
  void theTableShowsTheDeltas() {
    Path out = dir.resolve("cmp");
    Run run =
        anxin(
            "compare",
            runs.resolve("base").toString(),
            runs.resolve("squeeze").toString(),
            "--out",
            out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out().startsWith("A shanghai-default  vs  B shanghai-credit-squeeze"), run.out());
    assertTrue(run.out().contains("(paired)"), run.out());
    assertTrue(run.out().contains("Wrote " + out.resolve("compare.html") + ", compare.json\n"));
    Run again =
        anxin(
            "compare",
            runs.resolve("base").toString(),
            runs.resolve("squeeze").toString(),
            "--out",
            out.toString());
    assertTrue(again.out().contains("(replacing the earlier comparison)"), again.out());
  }

  @Test
  void warnsOfDifferentSeedsTrialCountsAndCatalogVersions() throws Exception {
    Path a = simulate(dir.resolve("a"), smallScenario("small").toString(), "--trials", "40");
    Path b =
        simulate(
            dir.resolve("b"), smallScenario("small").toString(), "--trials", "30", "--seed", "5");
    Path summary = b.resolve("summary.json");
    String text = Files.readString(summary, StandardCharsets.UTF_8);
    Files.writeString(
        summary, text.replace("\"version\" : \"2026.1\"", "\"version\" : \"2027.0\""));
    Path out = dir.resolve("cmp");
    Run run = anxin("compare", a.toString(), b.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> warnings = run.err().lines().toList();
    assertEquals(3, warnings.size(), run.err());
    assertTrue(warnings.stream().allMatch(w -> w.startsWith("anxin: warning: ")), run.err());
    assertTrue(warnings.get(0).contains("different versions of catalog shanghai-18"), run.err());
    assertTrue(warnings.get(1).contains("different seeds: A 20220731, B 5"), run.err());
    assertTrue(warnings.get(2).contains("different trial counts: A 40, B 30"), run.err());
    JsonNode compare = json(out.resolve("compare.json"));
    assertEquals(3, compare.get("warnings").size());
    assertEquals(
        warnings.get(1).substring("anxin: warning: ".length()),
        compare.get("warnings").get(1).asText());
    assertEquals("independent", compare.at("/delta/meanInterval/method").asText());
  }

  @Test
  void aComparisonNeverReplacesARunNorARunAComparison() throws Exception {
    Path run = simulate(dir.resolve("run"), smallScenario("small").toString(), "--trials", "20");
    byte[] before = Files.readAllBytes(run.resolve("trials.csv"));
    Run onRun =
        anxin(
            "compare",
            runs.resolve("base").toString(),
            runs.resolve("squeeze").toString(),
            "--out",
            run.toString());
    assertEquals(2, onRun.exitCode());
    assertTrue(onRun.err().contains("holds an anxin simulate run"), onRun.err());
    assertArrayEquals(before, Files.readAllBytes(run.resolve("trials.csv")));

    Path cmp = dir.resolve("cmp");
    Run compared =
        anxin(
            "compare",
            runs.resolve("base").toString(),
            runs.resolve("squeeze").toString(),
            "--out",
            cmp.toString());
    assertEquals(0, compared.exitCode(), compared.err());
    Run onComparison =
        anxin(
            "simulate",
            "--scenario",
            smallScenario("small").toString(),
            "--trials",
            "5",
            "--out",
            cmp.toString(),
            "--quiet");
    assertEquals(2, onComparison.exitCode());
    assertTrue(onComparison.err().contains("holds an anxin compare output"), onComparison.err());
    assertTrue(Files.exists(cmp.resolve("compare.json")));
  }

  @Test
  void runsOfOneTrialCompareWithoutAnInterval() throws Exception {
    Path a = simulate(dir.resolve("one-a"), smallScenario("small").toString(), "--trials", "1");
    Path b = simulate(dir.resolve("one-b"), smallScenario("small").toString(), "--trials", "1");
    Run run = anxin("compare", a.toString(), b.toString(), "--out", dir.resolve("c").toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("none (one trial)"), run.out());
  }

  @Test
  void theSameDirectoryTwiceIsAllowedWithAWarning() throws Exception {
    Path out = dir.resolve("cmp");
    Path base = runs.resolve("base");
    Run run = anxin("compare", base.toString(), base.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        "anxin: warning: A and B are the same run directory: every delta is zero\n", run.err());
    assertEquals(0, json(out.resolve("compare.json")).at("/delta/mean").decimalValue().signum());
  }

  private void assertRefused(String expectedStart, String... args) {
    Path out = dir.resolve("cmp");
    List<String> all = new ArrayList<>(List.of("compare"));
    all.addAll(List.of(args));
    all.addAll(List.of("--out", out.toString()));
    Run run = anxin(all.toArray(String[]::new));
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith(expectedStart), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void refusesWhatIsNotARunInOneLineAndWritesNothing() throws Exception {
    String base = runs.resolve("base").toString();
    Path missing = dir.resolve("missing");
    assertRefused(
        "anxin: run: no such directory (got '" + missing + "')", base, missing.toString());
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertRefused("anxin: run: is not an anxin run (no summary.json", empty.toString(), base);

    Path corrupt =
        simulate(dir.resolve("corrupt"), smallScenario("small").toString(), "--trials", "20");
    Path summary = corrupt.resolve(".anxin").resolve("current").resolve("summary.json");
    String good = Files.readString(summary, StandardCharsets.UTF_8);
    Files.writeString(summary, good.substring(0, good.length() / 2));
    assertRefused(
        "anxin: " + corrupt.resolve("summary.json") + ": is not valid JSON",
        base,
        corrupt.toString());
    Files.writeString(summary, good);

    Path trials = corrupt.resolve(".anxin").resolve("current").resolve("trials.csv");
    List<String> rows = Files.readAllLines(trials, StandardCharsets.UTF_8);
    Files.write(trials, rows.subList(0, 10));
    assertRefused(
        "anxin: " + corrupt.resolve("trials.csv") + ": must have one row per trial (20)",
        base,
        corrupt.toString());
  }

  @Test
  void refusesToWriteIntoOneOfTheRuns() {
    Path base = runs.resolve("base");
    Run run =
        anxin(
            "compare",
            base.toString(),
            runs.resolve("squeeze").toString(),
            "--out",
            base.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(
        "anxin: --out: must not be one of the compared runs (got " + base + ")\n", run.err());
    assertFalse(Files.exists(base.resolve("compare.html")));
  }

  @Test
  void runsAndComparisonsGoToTheirOwnDirectoriesByDefault() throws Exception {
    Path small = smallScenario("small");
    Path other = smallScenario("other");
    ChildJvm.Result first =
        childIn(dir, "simulate", "--scenario", small.toString(), "--trials", "20", "--quiet");
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.out().contains("Wrote anxin-out/small/trials.csv"), first.out());
    assertFalse(first.out().contains("replacing"), first.out());
    ChildJvm.Result second =
        childIn(dir, "simulate", "--scenario", other.toString(), "--trials", "20", "--quiet");
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(Files.isRegularFile(dir.resolve("anxin-out/small/summary.json")));
    assertTrue(Files.isRegularFile(dir.resolve("anxin-out/other/summary.json")));
    ChildJvm.Result again =
        childIn(dir, "simulate", "--scenario", small.toString(), "--trials", "20", "--quiet");
    assertTrue(again.out().contains("(replacing the earlier run)"), again.out());

    ChildJvm.Result compare = childIn(dir, "compare", "anxin-out/small", "anxin-out/other");
    assertEquals(0, compare.exitCode(), compare.err());
    Path out = dir.resolve("anxin-out/compare-small-vs-other");
    assertTrue(Files.isRegularFile(out.resolve("compare.html")), compare.out());
    assertTrue(Files.isRegularFile(out.resolve("compare.json")), compare.out());
    assertTrue(
        compare.out().contains("Wrote anxin-out/compare-small-vs-other/compare.html"),
        compare.out());
  }

  private static ChildJvm.Result childIn(Path cwd, String... args) throws Exception {
    ProcessBuilder builder = ChildJvm.builder(ChildJvm.command(args), Map.of());
    builder.directory(cwd.toFile());
    return ChildJvm.run(builder);
  }

  @Test
  void theHelpDescribesTheCommand() {
    Run run = anxin("compare", "--help");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("RUN_DIR_A RUN_DIR_B"), run.out());
    assertTrue(run.out().contains("anxin-out/compare-<A>-vs-<B>/"), run.out());
    assertEquals("", run.err());
    for (String line : run.out().split("\n", -1)) {
      assertTrue(line.length() <= 80, "over 80 columns: " + line);
    }
    assertTrue(run.out().contains("\nWrites compare.html and compare.json"), run.out());
  }
}
