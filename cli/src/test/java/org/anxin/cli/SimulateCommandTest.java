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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  /** Reads numbers as written: BigDecimal with their scale, not doubles. */
  private static final ObjectMapper EXACT =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .setNodeFactory(new JsonNodeFactory(true));

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  private static Run anxin(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = AnxinCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path scenario(String yaml) throws Exception {
    Path file = dir.resolve("scenario-" + System.nanoTime() + ".yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  /** {@code anxin simulate} of {@code scenario} without a progress bar, with {@code more} flags. */
  private Run simulateQuietly(Path scenario, int trials, Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "simulate",
                "--scenario",
                scenario.toString(),
                "--trials",
                Integer.toString(trials),
                "--out",
                out.toString(),
                "--quiet"));
    args.addAll(List.of(more));
    return anxin(args.toArray(String[]::new));
  }

  private Path smallScenario() throws Exception {
    return scenario("name: small\nbook: {deals: 3000}\n");
  }

  @Test
  void writesTheFourFilesAndPrintsTheSummary() throws Exception {
    Path out = dir.resolve("out");
    Run run =
        anxin(
            "simulate",
            "--scenario",
            smallScenario().toString(),
            "--trials",
            "60",
            "--out",
            out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("VaR 99.5 %"), run.out());
    for (String file : SimulateCommand.FILES) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file);
    }
    // One year: one row of years.csv per trial, beside its trials.csv row.
    assertEquals(61, Files.readAllLines(out.resolve("years.csv")).size());
    List<String> rows = Files.readAllLines(out.resolve("trials.csv"), StandardCharsets.UTF_8);
    assertEquals(61, rows.size());
    assertTrue(
        rows.get(0)
            .startsWith(
                "trial,net_cost,gross_paid,cash_out,compensations,advanced,recovered,written_off,"
                    + "bought_back,buy_back_loss,payouts,peak_outstanding,"
                    + "true_listing,true_listing_count,no_cold_calls,"),
        rows.get(0));
    // Twelve totals, then a cost and a count for each of the 18 guarantees.
    assertEquals(12 + 2 * 18, rows.get(0).split(",").length);
    assertTrue(rows.get(1).matches("0,\\d+\\.\\d\\d,\\d+\\.\\d\\d,.*"), rows.get(1));

    JsonNode summary = EXACT.readTree(out.resolve("summary.json").toFile());
    assertEquals("small", summary.get("scenario").asText());
    assertEquals(60, summary.get("trials").asInt());
    assertEquals(SimulateCommand.DEFAULT_SEED, summary.get("seed").asLong());
    // One payout count everywhere: the table prints summary.json's payoutsPerTrial as it is.
    BigDecimal payouts = summary.get("payoutsPerTrial").decimalValue();
    assertEquals(2, payouts.scale());
    String shown = String.format(java.util.Locale.ROOT, "%,.2f", payouts);
    assertTrue(
        run.out().lines().anyMatch(l -> l.contains("payouts (mean count)") && l.endsWith(shown)),
        run.out());
    assertEquals("shanghai-18", summary.get("catalog").get("id").asText());
    assertEquals(3000, summary.get("dealsPerTrial").asInt());
    JsonNode cost = summary.get("annualCost");
    for (String field : List.of("mean", "standardError", "stdDev", "var995", "tvar995")) {
      assertEquals(2, cost.get(field).decimalValue().scale(), field);
    }
    assertEquals(6, cost.get("quantiles").size());
    assertEquals(10, cost.get("exceedance").size());
    assertEquals(18, summary.get("byGuarantee").size());
    BigDecimal tail = BigDecimal.ZERO;
    for (JsonNode line : summary.get("byGuarantee")) {
      tail = tail.add(line.get("tailContribution").decimalValue());
    }
    // Each contribution is rounded to the fen on its own: the sum may differ by a fen each.
    assertTrue(
        tail.subtract(cost.get("tvar995").decimalValue()).abs().compareTo(new BigDecimal("0.18"))
            <= 0,
        tail + " vs " + cost.get("tvar995"));
    String summaryText = Files.readString(out.resolve("summary.json"));
    assertFalse(summaryText.contains("At\""), "no timestamps in summary.json");
    JsonNode runJson = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertEquals(3000, runJson.get("scenario").get("book").get("deals").asInt());
    assertTrue(runJson.has("startedAt"));
  }

  @Test
  void summaryJsonGivesTheIntervalsAndTheConvergenceAndTheCliWarnsOfAShortRun() throws Exception {
    Path scenario = scenario("name: tiny\nbook: {deals: 400}\n");
    Path out = dir.resolve("intervals");
    Run shortRun =
        anxin(
            "simulate",
            "--scenario",
            scenario.toString(),
            "--trials",
            "2100",
            "--out",
            out.toString(),
            "--quiet");
    assertEquals(0, shortRun.exitCode(), shortRun.err());
    assertEquals(
        "anxin: warning: 2,100 trials leave 11 beyond the 99.5 % quantile; VaR and TVaR 99.5 %"
            + " need at least 50 (10,000 trials or more): see their intervals in summary.json\n",
        shortRun.err());
    assertTrue(shortRun.out().contains("95 % interval"), shortRun.out());

    JsonNode summary = EXACT.readTree(out.resolve("summary.json").toFile());
    JsonNode cost = summary.get("annualCost");
    JsonNode intervals = cost.get("intervals");
    for (String figure : List.of("mean", "var995", "tvar995")) {
      JsonNode interval = intervals.get(figure);
      assertEquals(new BigDecimal("0.95"), interval.get("level").decimalValue(), figure);
      BigDecimal estimate = cost.get(figure).decimalValue();
      assertTrue(interval.get("lower").decimalValue().compareTo(estimate) <= 0, figure);
      assertTrue(interval.get("upper").decimalValue().compareTo(estimate) >= 0, figure);
    }
    JsonNode convergence = summary.get("convergence");
    assertEquals(
        List.of(1_000, 2_000, 2_100),
        convergence.findValuesAsText("trials").stream().map(Integer::valueOf).toList());
    JsonNode last = convergence.get(convergence.size() - 1);
    for (String figure : List.of("mean", "standardError", "var995", "tvar995")) {
      assertEquals(cost.get(figure).decimalValue(), last.get(figure).decimalValue(), figure);
    }

    Run longRun =
        anxin(
            "simulate",
            "--scenario",
            scenario.toString(),
            "--trials",
            "10000",
            "--out",
            out.toString(),
            "--quiet");
    assertEquals(0, longRun.exitCode(), longRun.err());
    assertEquals("", longRun.err(), "10,000 trials are enough for the 99.5 % tail");
  }

  @Test
  void summaryJsonGivesTheMonthlyCashProfileOverTheYearAndTheNext() throws Exception {
    Path scenario = scenario("name: cash\nbook: {deals: 2000}\ncalendar: {year: 2024}\n");
    Path out = dir.resolve("cash");
    Run run = simulateQuietly(scenario, 300, out);
    assertEquals(0, run.exitCode(), run.err());
    JsonNode summary = EXACT.readTree(out.resolve("summary.json").toFile());
    JsonNode cash = summary.get("cash");
    JsonNode months = cash.get("months");
    assertEquals(24, months.size());
    assertEquals("2024-01", months.get(0).get("month").asText());
    assertEquals("2025-12", months.get(23).get("month").asText());
    BigDecimal peakMean = cash.get("peakOutstanding").get("mean").decimalValue();
    BigDecimal paid = BigDecimal.ZERO;
    for (JsonNode month : months) {
      for (String figure : List.of("cashOut", "outstanding")) {
        BigDecimal mean = month.get(figure).get("mean").decimalValue();
        BigDecimal q995 = month.get(figure).get("q995").decimalValue();
        assertTrue(mean.signum() >= 0, month.toString());
        assertTrue(q995.signum() >= 0, month.toString());
      }
      // Each trial's month-end outstanding is at most its peak, so the means are too.
      assertTrue(
          month.get("outstanding").get("mean").decimalValue().compareTo(peakMean) <= 0,
          month.toString());
      paid = paid.add(month.get("cashOut").get("mean").decimalValue());
    }
    // Every payment is cash out on its day: the deals of the year pay mostly within it and the
    // next.
    BigDecimal gross =
        summary
            .get("grossPaid")
            .get("mean")
            .decimalValue()
            .add(summary.get("refunds").get("mean").decimalValue());
    assertTrue(paid.compareTo(gross.add(new BigDecimal("0.12"))) <= 0, paid + " > " + gross);
    assertTrue(paid.compareTo(gross.multiply(new BigDecimal("0.95"))) >= 0, paid + " << " + gross);
    assertTrue(months.get(0).get("cashOut").get("mean").decimalValue().signum() > 0);
  }

  @Test
  void theFilesAreByteIdenticalWithOneTwoOrSevenThreads() throws Exception {
    Path scenario = smallScenario();
    List<byte[]> csv = new ArrayList<>();
    List<byte[]> summaries = new ArrayList<>();
    for (String threads : List.of("1", "2", "7")) {
      Path out = dir.resolve("t" + threads);
      Run run =
          anxin(
              "simulate",
              "--scenario",
              scenario.toString(),
              "--trials",
              "80",
              "--threads",
              threads,
              "--seed",
              "42",
              "--out",
              out.toString(),
              "--quiet");
      assertEquals(0, run.exitCode(), run.err());
      csv.add(Files.readAllBytes(out.resolve("trials.csv")));
      summaries.add(Files.readAllBytes(out.resolve("summary.json")));
    }
    assertArrayEquals(csv.get(0), csv.get(1));
    assertArrayEquals(csv.get(0), csv.get(2));
    assertArrayEquals(summaries.get(0), summaries.get(1));
    assertArrayEquals(summaries.get(0), summaries.get(2));
  }

  @Test
  void claimsOutWritesTheClaimsBesideTheOtherFilesAndALaterRunWithoutItRemovesTheirLink()
      throws Exception {
    Path out = dir.resolve("claims-out");
    Run run = simulateQuietly(smallScenario(), 40, out, "--claims-out", "--threads", "3");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("claims.csv.gz"), run.out());
    List<String> claims;
    try (var in =
        new java.util.zip.GZIPInputStream(Files.newInputStream(out.resolve("claims.csv.gz")))) {
      claims = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
    }
    assertEquals(
        "trial,year,guarantee,deal_kind,deal,day,kind,count,amount,recovered,written_off",
        claims.get(0));
    assertTrue(claims.size() > 40, "claims of 40 trials: " + claims.size());
    assertTrue(claims.get(claims.size() - 1).startsWith("39,"), claims.get(claims.size() - 1));
    byte[] threeThreads = Files.readAllBytes(out.resolve("claims.csv.gz"));
    Run oneThread = simulateQuietly(smallScenario(), 40, out, "--claims-out", "--threads", "1");
    assertEquals(0, oneThread.exitCode(), oneThread.err());
    assertArrayEquals(threeThreads, Files.readAllBytes(out.resolve("claims.csv.gz")));
    // Without --claims-out the claims of the earlier run are gone with it, link and all.
    Run without = simulateQuietly(smallScenario(), 40, out);
    assertEquals(0, without.exitCode(), without.err());
    assertFalse(
        Files.exists(out.resolve("claims.csv.gz"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertTrue(Files.isRegularFile(out.resolve("trials.csv")));
  }

  @Test
  void jsonFormatPrintsTheSummaryOnStdout() throws Exception {
    Path out = dir.resolve("json");
    Run run =
        anxin(
            "simulate",
            "--scenario",
            smallScenario().toString(),
            "--trials",
            "20",
            "--out",
            out.toString(),
            "--format",
            "json");
    assertEquals(0, run.exitCode(), run.err());
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(mapper.readTree(out.resolve("summary.json").toFile()), mapper.readTree(run.out()));
  }

  @Test
  void aBadScenarioExitsWithTwoNamingTheFieldAndWritesNothing() throws Exception {
    Path out = dir.resolve("bad");
    Run run =
        anxin(
            "simulate",
            "--scenario",
            scenario("name: bad\nrisks: {leak: {probability: 1.5}}\n").toString(),
            "--out",
            out.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("risks.leak.probability"), run.err());
    assertTrue(run.err().contains("1.5"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace");
    assertEquals("", run.out());
    assertFalse(Files.exists(out) && hasFiles(out), "nothing written");
  }

  @Test
  void aProgrammeRunWritesEveryYearAndTheCumulativeFigures() throws Exception {
    Path out = dir.resolve("programme");
    Run run = simulateQuietly(smallScenario(), 50, out, "--years", "3");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("programme: 3 years, book growth 0.02 a year"), run.out());
    List<String> rows = Files.readAllLines(out.resolve("years.csv"), StandardCharsets.UTF_8);
    assertEquals(1 + 50 * 3, rows.size());
    assertTrue(rows.get(3).startsWith("0,3,2027,3121,"), rows.get(3));
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    JsonNode programme = summary.get("programme");
    assertEquals(3, programme.get("years").asInt());
    assertEquals(3, programme.get("perYear").size());
    JsonNode cumulative = programme.get("cumulative").get("netCost");
    double perYear = 0;
    for (JsonNode year : programme.get("perYear")) {
      perYear += year.get("netCost").asDouble();
    }
    assertEquals(perYear, cumulative.get("mean").asDouble(), 0.05, "the means add up");
    assertTrue(
        cumulative.get("tvar995").asDouble() >= cumulative.get("var995").asDouble(),
        cumulative.toString());
    assertTrue(programme.get("peakOutstanding").get("mean").asDouble() > 0);
    // The first year is the one-year run's: trials.csv is the same bytes.
    Path single = dir.resolve("single");
    simulateQuietly(smallScenario(), 50, single);
    assertArrayEquals(
        Files.readAllBytes(single.resolve("trials.csv")),
        Files.readAllBytes(out.resolve("trials.csv")));
    assertFalse(
        new ObjectMapper().readTree(single.resolve("summary.json").toFile()).has("programme"));
  }

  /**
   * A stratified run: summary.json says so, its intervals and standard error come from the batches
   * (narrower than the plain run's for the mean, which the market factor drives), its files do not
   * depend on the threads, and run.json records the design.
   */
  @Test
  void aStratifiedRunSaysSoAndItsFilesIgnoreTheThreads() throws Exception {
    Path scenario = smallScenario();
    List<byte[]> summaries = new ArrayList<>();
    for (String threads : List.of("1", "3")) {
      Path out = dir.resolve("stratified" + threads);
      Run run =
          simulateQuietly(scenario, 400, out, "--sampling", "stratified", "--threads", threads);
      assertEquals(0, run.exitCode(), run.err());
      summaries.add(Files.readAllBytes(out.resolve("summary.json")));
      assertEquals(
          "stratified", EXACT.readTree(out.resolve("run.json").toFile()).get("sampling").asText());
    }
    assertArrayEquals(summaries.get(0), summaries.get(1));
    JsonNode stratified = EXACT.readTree(summaries.get(0));
    assertEquals("stratified", stratified.get("sampling").get("marketFactor").asText());
    assertEquals(20, stratified.get("sampling").get("batches").asInt());
    Path plainOut = dir.resolve("plain");
    assertEquals(0, simulateQuietly(scenario, 400, plainOut).exitCode());
    JsonNode plain = EXACT.readTree(plainOut.resolve("summary.json").toFile());
    assertFalse(plain.has("sampling"), "a plain summary is as it always was");
    BigDecimal plainSe = plain.get("annualCost").get("standardError").decimalValue();
    BigDecimal stratifiedSe = stratified.get("annualCost").get("standardError").decimalValue();
    assertTrue(stratifiedSe.compareTo(plainSe) < 0, stratifiedSe + " vs plain " + plainSe);
    JsonNode interval = stratified.get("annualCost").get("intervals").get("mean");
    BigDecimal width =
        interval.get("upper").decimalValue().subtract(interval.get("lower").decimalValue());
    // ± t(19, 0.975) = 2.093024 standard errors, to the rounding of three amounts to the fen.
    BigDecimal expected = stratifiedSe.multiply(new BigDecimal("4.186048"));
    assertTrue(
        width.subtract(expected).abs().compareTo(new BigDecimal("0.05")) <= 0,
        "the mean interval is ± t(19) standard errors: " + width + " for " + stratifiedSe);
  }

  @Test
  void aStratifiedRunOfTooFewTrialsOrAnUnknownDesignExitsWithTwoInOneLine() {
    Path out = dir.resolve("few");
    Run few =
        anxin("simulate", "--sampling", "stratified", "--trials", "150", "--out", out.toString());
    assertEquals(2, few.exitCode());
    assertEquals(
        "anxin: --sampling: needs --trials 200 or more (ten in each of its 20 batches); --trials"
            + " is 150 (got 'stratified')\n",
        few.err());
    assertFalse(Files.exists(out));
    Run unknown = anxin("simulate", "--sampling", "antithetic", "--out", out.toString());
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("--sampling"), unknown.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aBadYearCountExitsWithTwoInOneLine() {
    Run zero = anxin("simulate", "--years", "0", "--out", dir.resolve("y0").toString());
    assertEquals(2, zero.exitCode());
    assertEquals(
        "anxin: --years: must be between 1 and 50 (got 0)\n",
        zero.err().lines().findFirst().map(l -> l + "\n").orElse(""));
    assertFalse(Files.exists(dir.resolve("y0")));
    assertEquals(2, anxin("simulate", "--years", "many").exitCode());
  }

  @Test
  void aBadTrialCountCreatesNoOutputDirectory() {
    Path out = dir.resolve("never");
    assertEquals(2, anxin("simulate", "--trials", "0", "--out", out.toString()).exitCode());
    assertFalse(Files.exists(out));
  }

  @Test
  void badFlagsExitWithTwo() {
    assertEquals(2, anxin("simulate", "--trials", "0", "--out", dir.toString()).exitCode());
    assertEquals(2, anxin("simulate", "--threads", "0", "--out", dir.toString()).exitCode());
    Run unknown = anxin("simulate", "--scenario", "no-such-scenario", "--out", dir.toString());
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("no-such-scenario"), unknown.err());
    assertEquals(2, anxin("simulate", "--trials", "many").exitCode());
  }

  @Test
  void theReportEscapesScenarioStrings() throws Exception {
    Path out = dir.resolve("escape");
    String evil = "</script><img src=x onerror=alert(1)> & \\\"quotes\\\"";
    Run run =
        anxin(
            "simulate",
            "--scenario",
            scenario("name: evil\ndescription: \"" + evil + "\"\nbook: {deals: 500}\n").toString(),
            "--trials",
            "10",
            "--out",
            out.toString());
    assertEquals(0, run.exitCode(), run.err());
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertFalse(html.contains("<img src=x"), "raw markup from the scenario");
    assertTrue(html.contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assertEquals(
        countOf(html, "<script"), countOf(html, "</script>"), "script elements stay balanced");
    assertTrue(html.contains("echarts"), "ECharts is inlined");
    assertFalse(html.contains("src=\"http"), "no external resources");
  }

  private static int countOf(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }

  private static boolean hasFiles(Path directory) throws Exception {
    try (Stream<Path> files = Files.list(directory)) {
      return files.findAny().isPresent();
    }
  }
}
