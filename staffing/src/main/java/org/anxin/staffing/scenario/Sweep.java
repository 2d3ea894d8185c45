package org.anxin.staffing.scenario;

/** The headcounts a run tries by default: every one from {@code from} to {@code to}. */
public record Sweep(int from, int to) {

  /** The most headcounts one run tries. */
  public static final int MAX_POINTS = 200;

  void validate(String field) {
    Checks.inRange(field + ".from", from, 1, Roster.MAX_HEADCOUNT);
    Checks.inRange(field + ".to", to, from, Roster.MAX_HEADCOUNT);
    if (to - from + 1 > MAX_POINTS) {
      throw Checks.invalid(
          field + ".to", to, "a sweep tries at most " + MAX_POINTS + " headcounts");
    }
  }
}
