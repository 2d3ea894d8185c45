package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The trial's cash timeline held to a naive oracle that walks every movement for every day: the
 * peak outstanding, the cash paid per month and what is outstanding at each month's end.
 */
class CashTimelineTest {

  /** A payment on {@code day}, outstanding until {@code release} when {@code held}. */
  record Movement(int day, long fen, boolean held, int release) {}

  /** Month starts of a 24-month profile from January 2024 (a leap year), and the day after. */
  private static final int[] MONTH_STARTS = monthStarts(2024);

  private static int[] monthStarts(int year) {
    java.time.LocalDate january = java.time.LocalDate.of(year, 1, 1);
    int[] starts = new int[CompiledScenario.PROFILE_MONTHS + 1];
    for (int m = 0; m < starts.length; m++) {
      starts[m] = (int) java.time.temporal.ChronoUnit.DAYS.between(january, january.plusMonths(m));
    }
    return starts;
  }

  private static Gen<Movement> movements() {
    // Days mostly inside the profile, some far beyond it; releases before the payment, on it and
    // past the timeline's end, which the timeline moves to the payment day and its last day.
    Gen<Integer> days = integers().between(0, 900).mix(integers().between(0, 20_000), 10);
    return days.zip(
        longs().between(1, 1_000_000_000L),
        integers().between(0, 2),
        integers().between(-30, 800).mix(integers().between(0, CashTimeline.DAYS + 5_000), 10),
        (day, fen, kind, after) -> new Movement(day, fen, kind > 0, day + after));
  }

  @Test
  void thePeakAndTheMonthsAreWhatADayByDayWalkGives() {
    CashTimeline timeline = new CashTimeline();
    qt().forAll(lists().of(movements()).ofSizeBetween(0, 40))
        .checkAssert(
            moves -> {
              // One timeline reused, as a worker reuses it: clear() must leave nothing behind.
              timeline.clear();
              for (Movement m : moves) {
                if (m.held()) {
                  timeline.payHeld(m.day(), m.fen(), m.release());
                } else {
                  timeline.pay(m.day(), m.fen());
                }
              }
              assertEquals(oraclePeak(moves), timeline.peak());
              int months = MONTH_STARTS.length - 1;
              long[] cashOut = new long[months];
              long[] outstanding = new long[months];
              timeline.months(MONTH_STARTS, cashOut, outstanding);
              for (int m = 0; m < months; m++) {
                int from = MONTH_STARTS[m];
                int end = MONTH_STARTS[m + 1] - 1;
                long paid = 0;
                long held = 0;
                for (Movement move : moves) {
                  if (move.day() >= from && move.day() <= end) {
                    paid += move.fen();
                  }
                  if (move.held() && move.day() <= end && release(move) > end) {
                    held += move.fen();
                  }
                }
                assertEquals(paid, cashOut[m], "cash out in month " + m);
                assertEquals(held, outstanding[m], "outstanding at the end of month " + m);
              }
            });
  }

  @Test
  void aReleaseOnThePaymentDayStillCountsTowardsThePeak() {
    CashTimeline timeline = new CashTimeline();
    timeline.payHeld(10, 500, 10);
    timeline.payHeld(11, 300, 20);
    timeline.pay(11, 1_000);
    assertEquals(500, timeline.peak());
    long[] cashOut = new long[24];
    long[] outstanding = new long[24];
    timeline.months(MONTH_STARTS, cashOut, outstanding);
    long[] expectedOut = new long[24];
    expectedOut[0] = 1_800;
    assertArrayEquals(expectedOut, cashOut);
    assertArrayEquals(new long[24], outstanding);
  }

  /**
   * An advance of which nothing comes back stays outstanding until the day after the catalog's
   * write-off window, whenever its recovery delay says the debtor answered: the broker pursues it
   * until then. So the peak is the same for a delay of 10 days as for one past the window.
   */
  @Test
  void anAdvanceThatRecoversNothingIsOutstandingUntilItsWindowEnds() {
    long[] peaks = new long[2];
    int i = 0;
    for (int delay : new int[] {10, 3000}) {
      org.anxin.simulator.scenario.Scenario scenario =
          TestScenarios.quiet(
              "book: {deals: 4000, mix: {resale: 0, newHome: 0, rental: 1}}\n"
                  + "advances: {recoveredShare: {dist: fixed, value: 0}, recoveryDelayDays: {dist:"
                  + " fixed, value: "
                  + delay
                  + "}}",
              "rentalDeposit: {probability: 0.2, rho: 0}");
      TrialResults results =
          MonteCarloEngine.of(scenario, org.anxin.guarantees.catalog.Catalog.builtIn())
              .run(5, 3L, 1, null);
      for (int t = 0; t < 5; t++) {
        assertEquals(results.advanced(t), results.writtenOff(t));
        peaks[i] += results.peakOutstanding(t);
      }
      i++;
    }
    assertEquals(peaks[0], peaks[1]);
    assertTrue(peaks[0] > 0);
  }

  /** The day a held payment leaves: its release, moved into [its day, the timeline's last day]. */
  private static int release(Movement m) {
    return Math.min(Math.max(m.release(), m.day()), CashTimeline.DAYS - 1);
  }

  /** The most held on any day: a payment counts from its day to its release, both included. */
  private static long oraclePeak(List<Movement> moves) {
    long peak = 0;
    for (int day = 0; day < CashTimeline.DAYS; day++) {
      long held = 0;
      for (Movement m : moves) {
        if (m.held() && m.day() <= day && release(m) >= day) {
          held += m.fen();
        }
      }
      peak = Math.max(peak, held);
    }
    return peak;
  }
}
