package org.anxin.simulator.engine;

import java.util.Arrays;

/**
 * The advances of one trial as cash paid and recovered per day, for the peak of what is
 * outstanding: the cash the programme must hold. Days are bounded (a deal starts within the year
 * and every stage and delay is at most ten years), so the movements go into per-day buckets and the
 * peak is one pass over the days touched: no sort, nothing allocated per trial.
 */
final class AdvanceTimeline {

  /**
   * Start day (≤ 365, 31 December of a leap year) + three stages and a recovery delay of at most
   * 3650 days each, and the day after.
   */
  static final int DAYS = 366 + 4 * 3650 + 1;

  private final long[] paid = new long[DAYS];
  private final long[] recovered = new long[DAYS];
  private int first = DAYS;
  private int last = -1;

  void clear() {
    if (last >= first) {
      Arrays.fill(paid, first, last + 1, 0);
      Arrays.fill(recovered, first, last + 1, 0);
    }
    first = DAYS;
    last = -1;
  }

  /**
   * An advance of {@code paidFen} on {@code payDay}, of which {@code recoveredFen} comes back on
   * {@code recoveryDay}.
   */
  void add(int payDay, long paidFen, int recoveryDay, long recoveredFen) {
    paid[touch(payDay)] += paidFen;
    if (recoveredFen > 0) {
      recovered[touch(recoveryDay)] += recoveredFen;
    }
  }

  private int touch(int day) {
    if (day < 0 || day >= DAYS) {
      throw new IllegalStateException("day out of the timeline: " + day);
    }
    first = Math.min(first, day);
    last = Math.max(last, day);
    return day;
  }

  /**
   * The largest amount outstanding at any moment of the trial, in fen. Within a day, payments count
   * before recoveries: the conservative peak.
   */
  long peak() {
    long outstanding = 0;
    long peak = 0;
    for (int day = first; day <= last; day++) {
      outstanding += paid[day];
      peak = Math.max(peak, outstanding);
      outstanding -= recovered[day];
    }
    return peak;
  }
}
