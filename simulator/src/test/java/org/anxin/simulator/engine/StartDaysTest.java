package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.anxin.domain.InvalidInputException;
import org.anxin.simulator.random.RandomStream;
import org.anxin.simulator.random.StreamKind;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.anxin.simulator.scenario.SimulatedYear;
import org.junit.jupiter.api.Test;

/**
 * When in the simulated year deals start: by the months' weights, or uniform when they are flat.
 */
class StartDaysTest {

  private static final List<Double> SEASONS =
      List.of(0.90, 0.60, 1.05, 1.05, 1.00, 1.00, 0.95, 0.95, 1.15, 1.15, 1.10, 1.10);

  @Test
  void aFlatYearDrawsWhatTheEngineDrewBeforeSeasons() {
    qt().forAll(
            longs().all(), integers().between(SimulatedYear.FIRST_YEAR, SimulatedYear.LAST_YEAR))
        .checkAssert(
            (seed, year) -> {
              StartDays flat = StartDays.of(new SimulatedYear(year, Collections.nCopies(12, 2.5)));
              int days = LocalDate.of(year, 12, 31).getDayOfYear();
              RandomStream a = RandomStream.at(seed, StreamKind.DEAL, 1, 2);
              RandomStream b = RandomStream.at(seed, StreamKind.DEAL, 1, 2);
              for (int i = 0; i < 50; i++) {
                assertEquals(b.nextInt(days), flat.draw(a));
              }
            });
  }

  /**
   * 300,000 start days of 2024 (a leap year) fall into the months as their weights × days say: the
   * chi-square statistic over 12 months stays below 31.26, its 0.1 % critical value (11 degrees of
   * freedom); and 31 December, day 365, is drawn.
   */
  @Test
  void startsFallIntoTheMonthsAsTheirWeightsSay() {
    SimulatedYear year = new SimulatedYear(2024, SEASONS);
    StartDays starts = StartDays.of(year);
    RandomStream stream = RandomStream.at(20250129L, StreamKind.DEAL, 0, 0);
    int n = 300_000;
    long[] observed = new long[12];
    boolean lastDay = false;
    for (int i = 0; i < n; i++) {
      int day = starts.draw(stream);
      observed[LocalDate.of(2024, 1, 1).plusDays(day).getMonthValue() - 1]++;
      lastDay |= day == 365;
    }
    double total = 0;
    double[] mass = new double[12];
    for (int m = 0; m < 12; m++) {
      mass[m] = SEASONS.get(m) * LocalDate.of(2024, m + 1, 1).lengthOfMonth();
      total += mass[m];
    }
    double chiSquare = 0;
    for (int m = 0; m < 12; m++) {
      double expected = n * mass[m] / total;
      chiSquare += (observed[m] - expected) * (observed[m] - expected) / expected;
    }
    assertTrue(chiSquare < 31.26, "chi-square " + chiSquare);
    assertTrue(lastDay, "a leap year's 366th day");
  }

  @Test
  void aYearOutsideTheHolidayDataOrABadSeasonIsRefusedNamingTheField() {
    assertRefused("calendar: {year: 2019}", "calendar.year");
    assertRefused("calendar: {monthWeights: [1, 1, 1]}", "calendar.monthWeights");
    assertRefused(
        "calendar: {monthWeights: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}", "calendar.monthWeights");
    assertRefused(
        "calendar: {monthWeights: [1, 1, 1, 1, 1, -1, 1, 1, 1, 1, 1, 1]}",
        "calendar.monthWeights[5]");
  }

  private static void assertRefused(String yaml, String field) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> ScenarioLoader.parse("name: bad\n" + yaml + "\n"));
    assertTrue(e.getMessage().startsWith(field + ":"), e.getMessage());
  }
}
