package org.anxin.staffing.queue;

import java.io.Serializable;
import java.util.Arrays;
import org.anxin.sla.policy.PortfolioObjective;
import org.anxin.staffing.model.StaffingModel;

/**
 * One trial-year's monthly compliance at one headcount: per month of receipt and target (response,
 * solution, resolution), the complaints counted and those that met the target, by the {@code sla}
 * report's conventions (an open complaint within its deadline is not counted). Serializable: the
 * tasks of a cluster send their tallies to the driver.
 */
public final class MonthlyTally implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Months of the year. */
  public static final int MONTHS = 12;

  private static final int TARGETS = StaffingModel.TARGETS.size();

  private final int[] counted = new int[MONTHS * TARGETS];
  private final int[] met = new int[MONTHS * TARGETS];

  void add(int month, int target, boolean isCounted, boolean isMet) {
    if (isCounted) {
      counted[month * TARGETS + target]++;
      if (isMet) {
        met[month * TARGETS + target]++;
      }
    }
  }

  void clear() {
    Arrays.fill(counted, 0);
    Arrays.fill(met, 0);
  }

  /** The complaints of {@code month} counted for {@code target}. */
  public int counted(int month, int target) {
    return counted[month * TARGETS + target];
  }

  /** Those that met it. */
  public int met(int month, int target) {
    return met[month * TARGETS + target];
  }

  /** The met ratio, 1 for a month with nothing counted. */
  public double ratio(int month, int target) {
    int n = counted(month, target);
    return n == 0 ? 1.0 : (double) met(month, target) / n;
  }

  /**
   * The error budget: the breaches {@code objective} still allows in the month, negative when it is
   * missed (floor((100 − percent) × N / 100) − breaches, the sla report's rule).
   */
  public long errorBudget(int month, int target, PortfolioObjective objective) {
    int n = counted(month, target);
    return objective.allowedBreaches(n) - (n - met(month, target));
  }

  /** Whether {@code month} meets every target's objective. */
  public boolean meets(int month, StaffingModel model) {
    for (int k = 0; k < TARGETS; k++) {
      if (errorBudget(month, k, model.objective(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether every month meets every target's objective. */
  public boolean meetsEveryMonth(StaffingModel model) {
    for (int m = 0; m < MONTHS; m++) {
      if (!meets(m, model)) {
        return false;
      }
    }
    return true;
  }

  /** A copy, for keeping a result after the tally is reused. */
  public MonthlyTally copy() {
    MonthlyTally copy = new MonthlyTally();
    System.arraycopy(counted, 0, copy.counted, 0, counted.length);
    System.arraycopy(met, 0, copy.met, 0, met.length);
    return copy;
  }
}
