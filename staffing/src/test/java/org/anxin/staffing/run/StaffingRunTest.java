package org.anxin.staffing.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.scenario.ScenarioDocument;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.anxin.staffing.TestScenarios;
import org.anxin.staffing.arrivals.ArrivalGenerator;
import org.anxin.staffing.arrivals.Arrivals;
import org.anxin.staffing.arrivals.IncidentLog;
import org.anxin.staffing.model.StaffingModel;
import org.anxin.staffing.scenario.ComplaintScenario;
import org.junit.jupiter.api.Test;

/**
 * A staffing run: reproducible whatever the threads, its complaints tied to the engine's payouts.
 */
class StaffingRunTest {

  private static final ScenarioDocument SMALL =
      TestScenarios.document("background: {perYear: 15000}");

  private static StaffingResults run(int trials, int threads, int... headcounts) {
    return StaffingRun.run(
        SMALL.scenario(),
        ComplaintScenario.of(SMALL),
        Catalog.builtIn(),
        trials,
        7L,
        threads,
        headcounts,
        null);
  }

  private static String months(StaffingResults results) throws IOException {
    StringWriter out = new StringWriter();
    MonthsCsv.write(results, out);
    return out.toString();
  }

  @Test
  void theSameBytesWithOneAndThreeThreads() throws IOException {
    String one = months(run(9, 1, 10, 13, 16));
    String three = months(run(9, 3, 10, 13, 16));
    assertEquals(one, three);
    assertEquals(1 + 9 * 3 * 12, one.split("\n").length);
  }

  @Test
  void aComplaintIsTheSameWorkWhateverElseTheYearHolds() {
    StaffingModel model = StaffingModel.of(ComplaintScenario.of(SMALL), 2025);
    IncidentLog none = new IncidentLog(1, model.yearDays());
    Arrivals first = new ArrivalGenerator(model, 7).generate(4, none.of(0));
    ArrivalGenerator reused = new ArrivalGenerator(model, 7);
    reused.generate(5, none.of(0));
    Arrivals again = reused.generate(4, none.of(0));
    assertEquals(first.size(), again.size());
    for (int i = 0; i < first.size(); i++) {
      assertEquals(first.received(i), again.received(i));
      for (int stage = 0; stage < 4; stage++) {
        assertEquals(first.work(i, stage), again.work(i, stage));
      }
      assertEquals(first.reopenAfter(i), again.reopenAfter(i));
    }
  }

  @Test
  void payoutsFileComplaintsOfTheGuaranteeCategory() {
    StaffingResults results = run(3, 2, 12);
    StaffingModel model = results.model();
    for (int trial = 0; trial < 3; trial++) {
      IncidentLog.Claims payouts = results.claims().of(trial);
      assertTrue(payouts.size() > 1000, "the engine's year pays thousands of claims");
      Arrivals arrivals = new ArrivalGenerator(model, 7).generate(trial, payouts);
      int fromPayouts = 0;
      for (int i = 0; i < arrivals.size(); i++) {
        if (arrivals.source(i) != Arrivals.Source.BACKGROUND) {
          assertEquals(model.guaranteeCategory(), arrivals.category(i));
          fromPayouts++;
        }
        if (i > 0) {
          assertTrue(arrivals.received(i - 1) <= arrivals.received(i), "in order of receipt");
        }
      }
      long reports = 0;
      long deals = 0;
      for (int i = 0; i < payouts.size(); i++) {
        if (payouts.day(i) < 0) {
          reports += payouts.count(i);
        } else {
          deals++;
        }
      }
      // 80 % of deal payouts and every report file: the count is binomial around its mean.
      double mean = 0.8 * deals + reports;
      double sd = Math.sqrt(0.8 * 0.2 * deals);
      assertTrue(Math.abs(fromPayouts - mean) < 5 * sd, fromPayouts + " against " + mean);
      assertEquals(results.complaints(trial), arrivals.size());
    }
  }

  @Test
  void theSummaryRecommendsTheFirstHeadcountReachingTheProbability() {
    StaffingResults results = run(6, 2, 8, 12, 16, 20);
    StaffingSummary summary = StaffingSummary.of(results);
    double target = summary.targetProbability();
    int[] headcounts =
        summary.points().stream().mapToInt(StaffingSummary.Point::headcount).toArray();
    assertArrayEquals(new int[] {8, 12, 16, 20}, headcounts);
    Integer expected = null;
    for (StaffingSummary.Point p : summary.points()) {
      int meets = 0;
      for (int t = 0; t < 6; t++) {
        int point = summary.points().indexOf(p);
        if (results.tally(point, t).meetsEveryMonth(results.model())) {
          meets++;
        }
      }
      assertEquals(meets / 6.0, p.probabilityEveryMonth(), 1e-12);
      assertTrue(p.low() <= p.probabilityEveryMonth() && p.probabilityEveryMonth() <= p.high());
      if (expected == null && p.probabilityEveryMonth() >= target) {
        expected = p.headcount();
      }
    }
    assertEquals(
        expected,
        summary.recommendation().map(StaffingSummary.Recommendation::headcount).orElse(null));
  }

  @Test
  void aFixedDurationTakesItsDrawSoLaterDrawsStayInPlace() {
    String work = "categories: {service: {response: {skill: responder, minutes: %s}}}";
    StaffingModel fixed = TestScenarios.model(String.format(work, "{dist: fixed, value: 6}"));
    StaffingModel drawn =
        TestScenarios.model(String.format(work, "{dist: lognormal, median: 6, sigma: 0.5}"));
    IncidentLog none = new IncidentLog(1, fixed.yearDays());
    Arrivals a = new ArrivalGenerator(fixed, 7).generate(0, none.of(0));
    Arrivals b = new ArrivalGenerator(drawn, 7).generate(0, none.of(0));
    assertEquals(a.size(), b.size());
    int differ = 0;
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.work(i, 1), b.work(i, 1));
      assertEquals(a.reopenAfter(i), b.reopenAfter(i));
      if (a.work(i, 0) != b.work(i, 0)) {
        differ++;
      }
    }
    assertTrue(differ > a.size() / 2, "the response work itself differs");
  }

  @Test
  void aYearWhoseFollowingHolidaysAreUnknownIsRefusedForACnWorkdayRoster() {
    ScenarioDocument late = ScenarioLoader.parseDocument("name: late\ncalendar: {year: 2026}\n");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> StaffingModel.of(ComplaintScenario.of(late), late.scenario().calendar().year()));
    assertTrue(e.getMessage().contains("calendar.year"), e.getMessage());
  }

  @Test
  void tooManyTrialYearsToKeepAreRefusedBeforeTheRun() {
    int[] sweep = new int[200];
    java.util.Arrays.setAll(sweep, i -> i + 1);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> StaffingRun.check(1_000_000, 2, sweep));
    assertTrue(e.getMessage().contains("--trials"), e.getMessage());
  }
}
