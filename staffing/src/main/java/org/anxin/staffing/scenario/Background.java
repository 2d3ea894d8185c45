package org.anxin.staffing.scenario;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.anxin.simulator.scenario.ScenarioChecks;

/**
 * Complaints not tied to a guarantee: a non-homogeneous Poisson process over the simulated year
 * whose rate on a day is proportional to its month's weight times its weekday's weight (a statutory
 * day off takes {@code holidayWeight} instead of its weekday's), scaled so that the year's expected
 * count is {@code perYear}.
 *
 * @param perYear the expected complaints of the year
 * @param monthWeights twelve weights, January first
 * @param weekdayWeights seven weights, Monday first; a make-up working day takes Monday's
 * @param holidayWeight the weight of a statutory day off (on cn-workday), whatever its weekday
 * @param categories each category's share of the background complaints
 */
public record Background(
    double perYear,
    List<Double> monthWeights,
    List<Double> weekdayWeights,
    double holidayWeight,
    Map<String, Double> categories) {

  /** The most background complaints a year a run takes (a trial-year holds them all at once). */
  public static final double MAX_PER_YEAR = 5_000_000;

  /** Defensive copies; nulls stay for validation to name. */
  public Background {
    monthWeights = monthWeights == null ? null : List.copyOf(monthWeights);
    weekdayWeights = weekdayWeights == null ? null : List.copyOf(weekdayWeights);
    // Sorted by name: the order of the compiled tables never depends on a map's hashing.
    categories = categories == null ? null : Collections.unmodifiableMap(new TreeMap<>(categories));
  }

  void validate(String field, Map<String, CategoryWork> known) {
    ScenarioChecks.inRange(field + ".perYear", perYear, 0, MAX_PER_YEAR);
    Checks.weights(field + ".monthWeights", monthWeights, 12);
    Checks.weights(field + ".weekdayWeights", weekdayWeights, 7);
    ScenarioChecks.inRange(field + ".holidayWeight", holidayWeight, 0, 1e6);
    ScenarioChecks.required(field + ".categories", categories);
    double total = 0;
    for (Map.Entry<String, Double> share : categories.entrySet()) {
      String where = field + ".categories." + share.getKey();
      if (!known.containsKey(share.getKey())) {
        throw ScenarioChecks.invalid(
            where,
            share.getValue(),
            "no such category; complaints.categories has " + known.keySet());
      }
      ScenarioChecks.inRange(where, ScenarioChecks.required(where, share.getValue()), 0, 1e6);
      total += share.getValue();
    }
    if (!(total > 0)) {
      throw ScenarioChecks.invalid(
          field + ".categories", categories, "needs a category with a share above 0");
    }
  }
}
