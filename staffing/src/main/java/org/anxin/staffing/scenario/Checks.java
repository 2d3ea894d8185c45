package org.anxin.staffing.scenario;

import java.util.List;
import org.anxin.simulator.scenario.Bounds;
import org.anxin.simulator.scenario.Dist;
import org.anxin.simulator.scenario.ScenarioChecks;

/**
 * The checks the {@code complaints} section adds to the scenario's own ({@link ScenarioChecks}),
 * each naming the field and the value.
 */
final class Checks {

  private Checks() {}

  /** Weights: {@code size} of them, each finite and not negative, not all zero. */
  static double[] weights(String field, List<Double> weights, int size) {
    ScenarioChecks.required(field, weights);
    if (weights.size() != size) {
      throw ScenarioChecks.invalid(
          field, weights, "needs " + size + " weights, has " + weights.size());
    }
    double[] values = new double[size];
    double total = 0;
    for (int i = 0; i < size; i++) {
      Double w = ScenarioChecks.required(field + "[" + i + "]", weights.get(i));
      ScenarioChecks.inRange(field + "[" + i + "]", w, 0, 1e6);
      values[i] = w;
      total += w;
    }
    if (!(total > 0)) {
      throw ScenarioChecks.invalid(field, weights, "must not all be 0");
    }
    return values;
  }

  /** A duration distribution with its own parameters (no {@code shareOf}) inside {@code bounds}. */
  static void duration(String field, Dist dist, Bounds bounds) {
    ScenarioChecks.required(field, dist);
    if (dist instanceof Dist.ShareOf) {
      throw ScenarioChecks.invalid(
          field + ".dist", "shareOf", "a duration cannot be a share of a deal attribute");
    }
    dist.validate(field, bounds.min(), bounds.max());
  }
}
