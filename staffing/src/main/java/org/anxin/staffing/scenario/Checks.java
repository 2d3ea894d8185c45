package org.anxin.staffing.scenario;

import java.util.List;
import org.anxin.domain.InvalidInputException;
import org.anxin.simulator.scenario.Bounds;
import org.anxin.simulator.scenario.Dist;

/** The checks of the {@code complaints} section, each naming the field and the value. */
final class Checks {

  private Checks() {}

  static InvalidInputException invalid(String field, Object value, String problem) {
    return new InvalidInputException(field, value, problem);
  }

  static <T> T required(String field, T value) {
    if (value == null) {
      throw invalid(field, null, "is required");
    }
    return value;
  }

  static void inRange(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw invalid(field, value, "must be between " + plain(min) + " and " + plain(max));
    }
  }

  static void probability(String field, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw invalid(field, value, "must be a probability between 0 and 1");
    }
  }

  /** Weights: {@code size} of them, each finite and not negative, not all zero. */
  static double[] weights(String field, List<Double> weights, int size) {
    required(field, weights);
    if (weights.size() != size) {
      throw invalid(field, weights, "needs " + size + " weights, has " + weights.size());
    }
    double[] values = new double[size];
    double total = 0;
    for (int i = 0; i < size; i++) {
      Double w = required(field + "[" + i + "]", weights.get(i));
      inRange(field + "[" + i + "]", w, 0, 1e6);
      values[i] = w;
      total += w;
    }
    if (!(total > 0)) {
      throw invalid(field, weights, "must not all be 0");
    }
    return values;
  }

  /** A duration distribution with its own parameters (no {@code shareOf}) inside {@code bounds}. */
  static void duration(String field, Dist dist, Bounds bounds) {
    required(field, dist);
    if (dist instanceof Dist.ShareOf) {
      throw invalid(field + ".dist", "shareOf", "a duration cannot be a share of a deal attribute");
    }
    dist.validate(field, bounds.min(), bounds.max());
  }

  private static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
