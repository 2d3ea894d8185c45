package org.anxin.staffing.scenario;

import org.anxin.simulator.scenario.ScenarioChecks;

/** The headcounts a run tries by default: {@code from}, {@code from + step}, … up to {@code to}. */
public record Sweep(int from, int to, int step) {

  /** The most headcounts one run tries. */
  public static final int MAX_POINTS = 200;

  /** The headcounts, in increasing order. */
  public int[] headcounts() {
    int n = (to - from) / step + 1;
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      counts[i] = from + i * step;
    }
    return counts;
  }

  /**
   * Checks the sweep; {@code field} names it in messages (a scenario's {@code complaints.sweep}, or
   * the command line's {@code --headcount}).
   */
  public void validate(String field) {
    ScenarioChecks.inRange(field + ".from", from, 1, Roster.MAX_HEADCOUNT);
    ScenarioChecks.inRange(field + ".to", to, from, Roster.MAX_HEADCOUNT);
    ScenarioChecks.inRange(field + ".step", step, 1, Roster.MAX_HEADCOUNT);
    if ((to - from) / step + 1 > MAX_POINTS) {
      throw ScenarioChecks.invalid(
          field,
          from + ".." + to + ":" + step,
          "a sweep tries at most " + MAX_POINTS + " headcounts");
    }
  }
}
