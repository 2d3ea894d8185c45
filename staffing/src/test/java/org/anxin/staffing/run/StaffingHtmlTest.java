package org.anxin.staffing.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.scenario.ScenarioDocument;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.anxin.staffing.queue.StaffPlan;
import org.anxin.staffing.scenario.ComplaintScenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The staffing page of a small real run: its figures, its escaping, its chart data. */
class StaffingHtmlTest {

  private static final int[] HEADCOUNTS = {50, 60, 70};

  private static StaffingSummary summary;
  private static ComplaintScenario complaints;
  private static String page;

  @BeforeAll
  static void run() throws IOException {
    ScenarioDocument doc = ScenarioLoader.resolveDocument("shanghai-default");
    complaints = ComplaintScenario.of(doc);
    summary = summarise(doc, complaints);
    page = page(summary, complaints, "shanghai-default");
  }

  private static StaffingSummary summarise(ScenarioDocument doc, ComplaintScenario section) {
    return StaffingSummary.of(
        StaffingRun.run(doc.scenario(), section, Catalog.builtIn(), 3, 7L, 2, HEADCOUNTS, null));
  }

  private static String page(StaffingSummary s, ComplaintScenario section, String name)
      throws IOException {
    StringWriter out = new StringWriter();
    StaffingHtml.write(s, section.policy(), name, "anxin test 1.0", out);
    return out.toString();
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertTrue(from >= 0, "missing " + start);
    int to = text.indexOf(end, from + start.length());
    assertTrue(to >= 0, "missing " + end + " after " + start);
    return text.substring(from + start.length(), to);
  }

  @Test
  void headlineStatesTheRecommendationTheSummaryMakes() {
    String cards = between(page, "<section class=\"cards\" id=\"headline\">", "</section>");
    if (summary.recommendation().isPresent()) {
      int h = summary.recommendation().get().headcount();
      assertTrue(
          cards.contains("Recommended headcount</div><div class=\"value\">" + h + "</div>"), cards);
      assertFalse(page.contains("none in the sweep reaches"));
      assertTrue(page.contains("Month by month at " + h + " seats (recommended)"));
      assertTrue(page.contains("<tr class=\"key\"><td class=\"num\">" + h + " <span"));
    } else {
      assertTrue(cards.contains("none in the sweep reaches 95 %"), cards);
      assertTrue(page.contains("Month by month at 70 seats (the largest tried)"));
      assertFalse(page.contains("<tr class=\"key\">"));
    }
    if (!summary.drivingMonths().isEmpty()) {
      String driving =
          String.join(", ", summary.drivingMonths().stream().map(YearMonth::toString).toList());
      assertTrue(cards.contains("<div class=\"value\">" + driving + "</div>"), cards);
    }
    assertTrue(
        cards.contains(String.format(java.util.Locale.ROOT, "%,.0f", summary.meanComplaints())));
  }

  @Test
  void runLineAndPromiseAreStated() {
    assertTrue(page.contains("<h1>30124 staffing — <span class=\"scenario\">shanghai-default"));
    assertTrue(
        page.contains(
            "3 simulated years &middot; seed 7 &middot; headcounts 50 to 70 in"
                + " steps of 10 &middot; anxin test 1.0"),
        page.substring(0, 3000));
    assertTrue(
        page.contains(
            "at least 95 % of complaints get a first response within 30 minutes, at least 95 % of"
                + " complaints get a solution within 12 hours and at least 90 % of complaints are"
                + " resolved within 24 hours"));
    assertTrue(page.contains("with a probability of at least 95 %."));
  }

  @Test
  void everyHeadcountHasItsRowWithItsProbability() {
    String table = between(page, "<table class=\"headcounts\">", "</table>");
    for (StaffingSummary.Point p : summary.points()) {
      assertTrue(
          Pattern.compile(
                  "<td class=\"num\">"
                      + p.headcount()
                      + "( <span class=\"tag\">recommended</span>)?</td><td class=\"num\">"
                      + Pattern.quote(StaffingText.probability(p.probabilityEveryMonth()))
                      + "</td><td class=\"num\">"
                      + Pattern.quote(StaffingText.interval(p.low(), p.high())))
              .matcher(table)
              .find(),
          "row of " + p.headcount() + " in " + table);
    }
    assertEquals(HEADCOUNTS.length + 1, count(table, "<tr"));
  }

  @Test
  void monthTableHasTwelveMonthsOfTheDetailedHeadcount() {
    StaffingSummary.Point detail = StaffingHtml.detailPoint(summary);
    String table = between(page, "<table class=\"months\">", "</table>");
    for (StaffingSummary.Month m : detail.months()) {
      assertTrue(
          table.contains(
              StaffingText.probability(m.probabilityMeets())
                  + "</td><td class=\"num\">"
                  + StaffingText.spread(m.ratio().get(0))),
          m.month() + " in " + table);
    }
    assertEquals(13, count(table, "<tr"));
  }

  @Test
  void rosterListsEveryShiftWithItsSeats() {
    StaffingSummary.Point detail = StaffingHtml.detailPoint(summary);
    String table = between(page, "<table class=\"roster\">", "</table>");
    for (StaffPlan.Cell c : detail.roster()) {
      assertTrue(
          table.contains(
              "<td>"
                  + c.teamName()
                  + "</td><td>"
                  + c.shiftName()
                  + "</td><td class=\"num\">"
                  + c.seats()
                  + "</td><td class=\"num\">"
                  + c.offDaySeats()
                  + "</td><td>"
                  + StaffingText.hours(c.startMinute(), c.lengthMinutes())
                  + "</td>"),
          c + " in " + table);
    }
    assertTrue(
        table.contains(
            "<td colspan=\"2\">Total</td><td class=\"num\">" + detail.headcount() + "</td>"));
  }

  @Test
  void chartDataHoldsTheCurveAndTheMonths() throws IOException {
    JsonNode data =
        new ObjectMapper()
            .readTree(
                between(page, "<script type=\"application/json\" id=\"anxin-data\">", "</script>"));
    assertEquals(summary.targetProbability(), data.get("target").asDouble());
    JsonNode curve = data.get("curve");
    assertEquals(summary.points().size(), curve.size());
    for (int i = 0; i < curve.size(); i++) {
      StaffingSummary.Point p = summary.points().get(i);
      assertEquals(p.headcount(), curve.get(i).get("headcount").asInt());
      assertEquals(p.probabilityEveryMonth(), curve.get(i).get("p").asDouble());
      assertEquals(p.low(), curve.get(i).get("low").asDouble());
      assertEquals(p.high(), curve.get(i).get("high").asDouble());
    }
    StaffingSummary.Point detail = StaffingHtml.detailPoint(summary);
    assertEquals(detail.headcount(), data.get("detail").asInt());
    assertEquals(
        summary
            .recommendation()
            .map(r -> (JsonNode) new ObjectMapper().valueToTree(r.headcount()))
            .orElse(com.fasterxml.jackson.databind.node.NullNode.getInstance()),
        data.get("recommended"));
    JsonNode targets = data.get("targets");
    assertEquals(
        List.of(0.95, 0.95, 0.90),
        List.of(
            targets.get(0).get("threshold").asDouble(),
            targets.get(1).get("threshold").asDouble(),
            targets.get(2).get("threshold").asDouble()));
    for (int k = 0; k < 3; k++) {
      for (int m = 0; m < 12; m++) {
        assertEquals(
            detail.months().get(m).ratio().get(k).p50(),
            targets.get(k).get("p50").get(m).asDouble());
      }
    }
  }

  @Test
  void pageIsSelfContained() {
    String echarts = org.anxin.simulator.report.HtmlText.echarts();
    assertTrue(page.contains(echarts));
    String own = page.replace(echarts, "");
    assertFalse(
        Pattern.compile("<script[^>]+src=|<link |<img |@import|https?://").matcher(own).find());
  }

  @Test
  void scenarioTextIsEscaped() throws IOException {
    String yaml =
        """
        name: evil-test
        complaints:
          roster:
            teams:
              - name: "<script>x</script>"
                skill: responder
                share: 0.3
                calendar: cn-workday
                offDayShare: 0.7
                shifts:
                  - {name: "<i>early</i>", hours: "08:00-20:00", share: 1.0}
              - name: handlers
                skill: handler
                share: 0.7
                calendar: 24x7
                offDayShare: 1.0
                shifts:
                  - {name: day, hours: "08:00-20:00", share: 1.0}
        """;
    ScenarioDocument doc = ScenarioLoader.parseDocument(yaml);
    ComplaintScenario section = ComplaintScenario.of(doc);
    String evil = page(summarise(doc, section), section, "<b>evil</b>");
    assertFalse(evil.contains("<script>x</script>"));
    assertFalse(evil.contains("<i>early</i>"));
    assertFalse(evil.contains("<b>evil</b>"));
    assertTrue(
        evil.contains("<td>&lt;script&gt;x&lt;/script&gt;</td><td>&lt;i&gt;early&lt;/i&gt;</td>"));
    assertTrue(evil.contains("<span class=\"scenario\">&lt;b&gt;evil&lt;/b&gt;</span>"));
    // Only the page's own three script elements.
    assertEquals(3, count(evil, "<script"));
  }

  @Test
  void textHelpersWriteTheSweepAndTheShifts() {
    assertEquals(
        "46 to 70 in steps of 2",
        StaffingText.headcounts(List.of(46, 48, 50, 52, 54, 56, 58, 60, 62, 64, 66, 68, 70)));
    assertEquals("40 to 42", StaffingText.headcounts(List.of(40, 41, 42)));
    assertEquals("40, 45", StaffingText.headcounts(List.of(40, 45)));
    assertEquals("40, 45, 47", StaffingText.headcounts(List.of(40, 45, 47)));
    assertEquals("22:00–08:00", StaffingText.hours(22 * 60, 10 * 60));
    assertEquals("00:00–24:00", StaffingText.hours(0, 24 * 60));
    assertEquals(
        "−3 (−10 to 4)", StaffingText.spread(new StaffingSummary.BudgetSpread(-10, -3, 4)));
  }

  @Test
  void theCardsNameTheDrivingMonthsWhereTheSummaryFoundThem() throws IOException {
    double[] months = {1, 1, 0.95, 1, 1, 1, 0.97, 1, 1, 1, 1, 0.96};
    StaffingSummary s =
        new StaffingSummary(
            2025,
            100,
            1L,
            0.95,
            1234.4,
            List.of(synthetic(46, 0.5, months), synthetic(48, 0.9, months)),
            java.util.Optional.empty(),
            List.of(YearMonth.of(2025, 3), YearMonth.of(2025, 12), YearMonth.of(2025, 7)),
            48);
    String cards = between(page(s, complaints, "x"), "id=\"headline\">", "</section>");
    assertTrue(cards.contains("none in the sweep reaches 95 %"), cards);
    assertTrue(cards.contains("48 seats: 90.0 %"), cards);
    assertTrue(cards.contains("<div class=\"value\">2025-03, 2025-12, 2025-07</div>"), cards);
    assertTrue(
        cards.contains("the months that fail most often at 48 seats, the best tried"), cards);
    assertTrue(cards.contains("1,234"), cards);

    StaffingSummary driven =
        new StaffingSummary(
            2025,
            100,
            1L,
            0.95,
            1234.4,
            List.of(synthetic(46, 0.5, months), synthetic(48, 0.96, months)),
            java.util.Optional.of(new StaffingSummary.Recommendation(48, 0.96)),
            List.of(YearMonth.of(2025, 3)),
            46);
    String page = page(driven, complaints, "x");
    cards = between(page, "id=\"headline\">", "</section>");
    assertTrue(cards.contains("<div class=\"value\">48</div>"), cards);
    assertTrue(cards.contains("<div class=\"value\">2025-03</div>"), cards);
    assertTrue(cards.contains("one step below the recommendation, at 46 seats"), cards);
    assertTrue(page.contains("<tr class=\"drives\"><td class=\"month\">2025-03 <span"));
    assertEquals(1, count(page, "<tr class=\"drives\">"));
  }

  private static StaffingSummary.Point synthetic(int headcount, double every, double[] months) {
    List<StaffingSummary.Month> list = new java.util.ArrayList<>();
    for (int m = 0; m < 12; m++) {
      StaffingSummary.Spread spread = new StaffingSummary.Spread(0.97, 0.98, 0.99);
      StaffingSummary.BudgetSpread budget = new StaffingSummary.BudgetSpread(1, 2, 3);
      list.add(
          new StaffingSummary.Month(
              YearMonth.of(2025, m + 1),
              List.of(spread, spread, spread),
              List.of(budget, budget, budget),
              months[m]));
    }
    return new StaffingSummary.Point(
        headcount, List.of(), every, every - 0.1, every + 0.05, List.of(0.98, 0.98, 0.98), list);
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
