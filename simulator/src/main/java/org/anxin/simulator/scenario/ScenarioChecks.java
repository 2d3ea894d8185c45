package org.anxin.simulator.scenario;

import org.anxin.domain.InvalidInputException;

/**
 * The range checks every scenario field goes through, with messages naming field and value; public
 * for the sections other modules own (the staffing module's {@code complaints}).
 */
public final class ScenarioChecks {

  private ScenarioChecks() {}

  /** The error naming {@code field}, its {@code value} and the {@code problem}. */
  public static InvalidInputException invalid(String field, Object value, String problem) {
    return new InvalidInputException(field, value, problem);
  }

  /** {@code value}, which must not be null. */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw invalid(field, null, "is required");
    }
    return value;
  }

  /** Checks {@code min ≤ value ≤ max} (and not NaN). */
  public static void inRange(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw invalid(field, value, "must be between " + plain(min) + " and " + plain(max));
    }
  }

  /** Checks that {@code value} is a probability, 0 to 1. */
  public static void probability(String field, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw invalid(field, value, "must be a probability between 0 and 1");
    }
  }

  /** A distribution of a deal attribute or a term: its own parameters only, no {@code shareOf}. */
  static void dist(String field, Dist dist, Bounds bounds) {
    required(field, dist);
    if (dist instanceof Dist.ShareOf) {
      throw invalid(
          field + ".dist", "shareOf", "shareOf is only for a risk's severity, not for " + field);
    }
    dist.validate(field, bounds.min(), bounds.max());
  }

  static void days(String field, Dist dist) {
    dist(field, dist, Bounds.DAYS);
  }

  private static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
