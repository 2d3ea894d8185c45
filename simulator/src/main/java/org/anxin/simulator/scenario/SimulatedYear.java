package org.anxin.simulator.scenario;

import java.time.Year;
import java.util.List;

/**
 * The calendar year a trial simulates, and when in it the deals start.
 *
 * <p>Day 0 of a trial is 1 January of {@code year}; a deal's start day (its deposit, subscription
 * or lease) falls in the year with an intensity per day that is its month's weight: the default
 * dips around the Spring Festival and peaks in the autumn (docs/calibration.md). Twelve equal
 * weights make the start day uniform over the year's days, as it was before the year had seasons.
 * The year must lie inside the holiday data (2020–2026, docs/sla.md), which the staffing
 * simulation's business calendars need for the same year.
 *
 * @param year the calendar year, 2020 to 2026
 * @param monthWeights the relative intensity of deal starts per day in each month, January first
 */
public record SimulatedYear(int year, List<Double> monthWeights) {

  /** The first and last year of the holiday data. */
  public static final int FIRST_YEAR = 2020;

  public static final int LAST_YEAR = 2026;

  /** Defensive copy; null stays null for validation to name. */
  public SimulatedYear {
    monthWeights = monthWeights == null ? null : List.copyOf(monthWeights);
  }

  /** The number of days in the year: 365, or 366 in a leap year. */
  public int days() {
    return Year.of(year).length();
  }

  /** Whether every month has the same weight: deal starts uniform over the year's days. */
  public boolean isFlat() {
    return monthWeights.stream().distinct().count() == 1;
  }

  void validate(String field) {
    ScenarioChecks.inRange(field + ".year", year, FIRST_YEAR, LAST_YEAR);
    ScenarioChecks.required(field + ".monthWeights", monthWeights);
    if (monthWeights.size() != 12) {
      throw ScenarioChecks.invalid(
          field + ".monthWeights", monthWeights, "needs 12 weights, January to December");
    }
    double total = 0;
    for (int m = 0; m < 12; m++) {
      Double weight = monthWeights.get(m);
      ScenarioChecks.required(field + ".monthWeights[" + m + "]", weight);
      ScenarioChecks.inRange(field + ".monthWeights[" + m + "]", weight, 0, 1000);
      total += weight;
    }
    if (!(total > 0)) {
      throw ScenarioChecks.invalid(field + ".monthWeights", monthWeights, "must not all be 0");
    }
  }
}
