package org.anxin.simulator.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.engine.MonteCarloEngine;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.simulator.scenario.Book;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.anxin.simulator.scenario.Stress;
import org.anxin.simulator.scenario.StressRegime;
import org.anxin.simulator.stats.Distribution;
import org.anxin.simulator.stats.ExactMean;
import org.anxin.simulator.stats.Quantile;
import org.anxin.simulator.stats.ReturnPeriod;
import org.anxin.simulator.stats.TrialRanking;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static final Catalog CATALOG = Catalog.builtIn();

  private static final String HOSTILE_NAME = "<script>alert(\"n&'q\")</script>";

  private static final String HOSTILE_TEXT =
      "</script><img src=x onerror=alert(1)> & \"double\" 'single' </style>";

  private static Scenario scenario;
  private static TrialResults results;
  private static Summary summary;
  private static String page;

  @BeforeAll
  static void run() throws IOException {
    scenario = ScenarioLoader.builtIn(ScenarioLoader.DEFAULT);
    results = MonteCarloEngine.of(scenario, CATALOG).run(400, 20220731L, 2, null);
    summary = Summary.of(scenario.name(), 20220731L, CATALOG, scenario.book().deals(), results);
    page = render(summary, results, scenario);
  }

  private static String render(Summary s, TrialResults r, Scenario sc) throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.write(s, r, sc, CATALOG, "anxin 9.9.9-test", out);
    return out.toString();
  }

  /** The default scenario with every free-text field hostile, a hostile stress regime in force. */
  private static Scenario hostile() {
    Scenario s = scenario;
    Stress stress =
        new Stress(
            HOSTILE_NAME,
            Map.of(HOSTILE_NAME, new StressRegime(HOSTILE_TEXT, Map.of("leak", 2.0), null)));
    return new Scenario(
        HOSTILE_NAME,
        HOSTILE_TEXT,
        s.catalog(),
        s.calendar(),
        s.book(),
        s.swap(),
        s.risks(),
        s.perReport(),
        s.advances(),
        s.buyBack(),
        s.badYear(),
        s.claims(),
        stress,
        s.programme());
  }

  /** The page without the inlined ECharts library: the markup and the scripts Anxin writes. */
  private static String ownPart(String html) {
    int start = html.indexOf("<script>");
    int end = html.indexOf("</script>", start);
    return html.substring(0, start) + html.substring(end);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void everyScenarioStringIsEscaped() throws IOException {
    Scenario bad = hostile();
    Summary badSummary = Summary.of(bad.name(), 20220731L, CATALOG, bad.book().deals(), results);
    String html = render(badSummary, results, bad);
    assertFalse(html.contains(HOSTILE_NAME), "raw name");
    assertFalse(ownPart(html).contains("<img"), "raw description");
    assertFalse(html.contains("</style> "), "raw description closes the style");
    assertTrue(html.contains("&lt;script&gt;alert(&quot;n&amp;&#39;q&quot;)&lt;/script&gt;"));
    assertTrue(
        html.contains(
            "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;double&quot;"
                + " &#39;single&#39;"));
    // Three script elements (ECharts, the data, the charts), each closed once and only once.
    assertEquals(3, count(html, "<script"));
    assertEquals(3, count(html, "</script>"));
    assertEquals(1, count(html, "</style>"));
    // Names from a catalog file reach a tooltip's HTML only through the page's text() escape.
    String script = ownPart(html).substring(ownPart(html).lastIndexOf("<script>"));
    assertTrue(script.contains("text(g.nameZh)") && script.contains("text(g.nameEn)"), "escaped");
    assertFalse(script.contains("+ g.nameZh") || script.contains("+ g.nameEn"), "raw names");
  }

  @Test
  void thePageLoadsNothingFromTheNetwork() {
    Matcher remote = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(page);
    assertFalse(remote.find(), () -> "remote resource: " + remote.group());
    assertFalse(page.contains("<link"));
    assertFalse(page.contains("@import"));
    assertFalse(page.contains("fetch("));
    // The page's own markup (ECharts aside, whose toolbox builds an <img> of a data: URL) has no
    // element that loads anything.
    assertFalse(
        Pattern.compile(
                "(?i)<(script|img|iframe|audio|video|source|embed|object)[^>]*\\s(src|data)=")
            .matcher(ownPart(page))
            .find());
    assertTrue(page.contains("echarts"), "ECharts is inlined");
  }

  @Test
  void theBridgeAddsUpToTheNetCostExactly() {
    Bridge bridge = Bridge.of(results);
    assertEquals(0, bridge.total().compareTo(bridge.net()));
    assertEquals(0, bridge.net().compareTo(summary.netCost().mean()));
    assertEquals(0, bridge.gross().compareTo(summary.grossPaid().mean()));
    assertEquals(0, bridge.refunds().compareTo(summary.refunds().mean()));
    assertEquals(0, bridge.recovered().compareTo(summary.recovered().mean()));
    assertEquals(
        0,
        bridge
            .compensations()
            .plus(bridge.refunds())
            .plus(bridge.buyBackLosses())
            .plus(bridge.writtenOff())
            .compareTo(bridge.net()),
        "net = compensations + refunds + buy-back losses + written off");
    assertEquals(
        0,
        bridge
            .compensations()
            .plus(bridge.advanced())
            .plus(bridge.buyBackCash())
            .compareTo(bridge.gross()),
        "gross = compensations + advanced + buy-back cash");
    assertEquals(0, bridge.pending().sum().signum(), "every advance recovered or written off");
    assertTrue(bridge.buyBackCash().sum().signum() > 0, "the default book buys homes back");
    assertTrue(bridge.proceeds().sum().signum() > 0);
    assertTrue(bridge.proceeds().compareTo(bridge.buyBackCash()) < 0);
    assertTrue(bridge.buyBackLosses().sum().signum() > 0);
    assertTrue(page.contains(ReportText.yuan(bridge.net())));
  }

  @Test
  void theNumbersTableHoldsTheSummarysQuantilesAndExceedance() {
    Distribution net = summary.netCost();
    List<NumbersTable.Row> rows = NumbersTable.rows(net, TrialRanking.of(results.netCosts()));
    for (Quantile q : net.quantiles()) {
      NumbersTable.Row row = row(rows, q.level());
      assertTrue(row.quantile());
      assertEquals(q.value(), row.value(), "quantile " + q.level());
    }
    for (ReturnPeriod point : net.exceedance()) {
      BigDecimal level =
          BigDecimal.ONE.subtract(BigDecimal.ONE.divide(BigDecimal.valueOf(point.years())));
      NumbersTable.Row row = row(rows, level);
      assertEquals(point.years(), row.returnPeriod());
      assertEquals(point.value(), row.value(), "return period " + point.years());
    }
    assertEquals(10, rows.size(), "every quantile level is also a return period's");
    for (int i = 1; i < rows.size(); i++) {
      assertTrue(rows.get(i).value() >= rows.get(i - 1).value(), "ascending");
      assertTrue(rows.get(i).tvar().compareTo(rows.get(i - 1).tvar()) >= 0, "TVaR ascending");
    }
    for (NumbersTable.Row row : rows) {
      assertTrue(page.contains(ReportText.millions(row.value()) + "</td>"));
      assertTrue(page.contains(ReportText.millions(row.tvar()) + "</td>"));
    }
  }

  @Test
  void theTableTvarAt995IsTheSummarys() {
    NumbersTable.Row row =
        row(
            NumbersTable.rows(summary.netCost(), TrialRanking.of(results.netCosts())),
            Distribution.TAIL_LEVEL);
    assertEquals(summary.netCost().tvar995(), row.tvar());
    assertEquals(summary.tail().tailTrials(), row.tailTrials());
    assertEquals(summary.netCost().var995().value(), row.value());
  }

  private static NumbersTable.Row row(List<NumbersTable.Row> rows, BigDecimal level) {
    return rows.stream()
        .filter(r -> r.level().compareTo(level) == 0)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + level));
  }

  @Test
  void thePayoutCountIsSummaryJsonsToTwoDecimals() {
    BigDecimal json = summary.toJson().get("payoutsPerTrial").decimalValue();
    assertTrue(page.contains(String.format(Locale.ROOT, "%,.2f", json)), "payouts " + json);
  }

  @Test
  void theCardsShowTheIntervals() {
    assertTrue(page.contains(ReportText.interval(summary.netCostIntervals().var995())));
    assertTrue(page.contains(ReportText.interval(summary.netCostIntervals().tvar995())));
    assertTrue(page.contains(ReportText.millions(summary.netCost().standardError().orElseThrow())));
    assertTrue(page.contains("anxin 9.9.9-test"));
  }

  @Test
  void aShortRunSaysSoAndALongEnoughOneDoesNot() throws IOException {
    assertTrue(summary.tooShortForItsTail());
    assertTrue(page.contains("id=\"too-short\""));
    Scenario s = scenario;
    Book small =
        new Book(200, s.book().mix(), s.book().resale(), s.book().newHome(), s.book().rental());
    Scenario tiny =
        new Scenario(
            s.name(),
            s.description(),
            s.catalog(),
            s.calendar(),
            small,
            s.swap(),
            s.risks(),
            s.perReport(),
            s.advances(),
            s.buyBack(),
            s.badYear(),
            s.claims(),
            s.stress(),
            s.programme());
    TrialResults enough =
        MonteCarloEngine.of(tiny, CATALOG).run(Summary.ENOUGH_TRIALS, 1L, 2, null);
    Summary longEnough = Summary.of(tiny.name(), 1L, CATALOG, 200, enough);
    assertFalse(longEnough.tooShortForItsTail());
    assertFalse(render(longEnough, enough, tiny).contains("id=\"too-short\""));
  }

  @Test
  void guaranteesShowTheirCatalogNamesAndSegmentsAddUp() {
    for (Summary.GuaranteeLine line : summary.guarantees()) {
      assertTrue(page.contains(CATALOG.get(line.code()).nameZh()), line.code().name());
      assertTrue(page.contains(ReportText.escape(CATALOG.get(line.code()).nameEn())));
    }
    List<GuaranteeTables.SegmentLine> segments = GuaranteeTables.segments(summary, CATALOG);
    ExactMean total = segments.get(0).meanCost();
    ExactMean tail = segments.get(0).tailContribution();
    for (int i = 1; i < segments.size(); i++) {
      total = total.plus(segments.get(i).meanCost());
      tail = tail.plus(segments.get(i).tailContribution());
    }
    assertEquals(0, total.compareTo(summary.netCost().mean()));
    assertEquals(0, tail.compareTo(summary.netCost().tvar995()));
    assertEquals(
        Set.of("resale", "resale + new", "rental", "new", "all"),
        segments.stream().map(GuaranteeTables.SegmentLine::segment).collect(Collectors.toSet()));
  }

  @Test
  void theConvergenceChartEndsWithTheWholeRun() {
    assertArrayEquals(
        new int[] {
          250, 375, 500, 625, 750, 875, 1000, 1125, 1250, 1375, 1500, 1625, 1750, 1875, 2000
        },
        ChartData.convergenceCounts(2000));
    assertArrayEquals(new int[] {50}, ChartData.convergenceCounts(50));
    assertTrue(page.contains("id=\"convergence\""));
    assertTrue(page.contains("id=\"histogram-log\""));
    assertTrue(page.contains("chart.resize()"));
  }
}
