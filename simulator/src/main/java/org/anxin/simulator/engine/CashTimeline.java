package org.anxin.simulator.engine;

import java.util.Arrays;

/**
 * The cash of one trial, day by day: every payment on its payment day, and what is outstanding —
 * money paid that may still come back: an advance until it is recovered or written off, a
 * bought-back home until it is resold. From it come the trial's peak outstanding and its
 * month-by-month profile. Days are bounded (a deal starts within the year and every stage and delay
 * is at most ten years; a path of years adds its years' days), so movements go into per-day buckets
 * and each figure is one pass over the days touched: no sort, nothing allocated per trial.
 */
final class CashTimeline {

  /**
   * Start day (≤ 365, 31 December of a leap year) + three stages, a discovery delay, a filing delay
   * and a holding period of at most 3650 days each, and the day after; a release later than that is
   * kept on the last day, which no figure before it can tell apart.
   */
  static final int DAYS = 366 + 6 * 3650 + 1;

  private final int days;
  private final long[] paid;
  private final long[] heldFrom;
  private final long[] heldUntil;
  private int first;
  private int last = -1;

  /** A timeline of one year's trial: {@link #DAYS} days. */
  CashTimeline() {
    this(DAYS);
  }

  /** A timeline of {@code days} days, e.g. a path of several years and the days after it. */
  CashTimeline(int days) {
    this.days = days;
    paid = new long[days];
    heldFrom = new long[days];
    heldUntil = new long[days];
    first = days;
  }

  void clear() {
    if (last >= first) {
      Arrays.fill(paid, first, last + 1, 0);
      Arrays.fill(heldFrom, first, last + 1, 0);
      Arrays.fill(heldUntil, first, last + 1, 0);
    }
    first = days;
    last = -1;
  }

  /** A payment of {@code fen} on {@code day} that never comes back: a compensation, a refund. */
  void pay(int day, long fen) {
    paid[touch(day)] += fen;
  }

  /**
   * A payment of {@code fen} on {@code day} that is outstanding until {@code releaseDay}: an
   * advance until recovered or written off, a home until resold.
   */
  void payHeld(int day, long fen, long releaseDay) {
    paid[touch(day)] += fen;
    heldFrom[day] += fen;
    heldUntil[touch((int) Math.min(Math.max(releaseDay, day), days - 1))] += fen;
  }

  private int touch(int day) {
    if (day < 0 || day >= days) {
      throw new IllegalStateException("day out of the timeline: " + day);
    }
    first = Math.min(first, day);
    last = Math.max(last, day);
    return day;
  }

  /**
   * The largest amount outstanding at any moment of the trial, in fen. Within a day, what is paid
   * counts before what is released: the conservative peak.
   */
  long peak() {
    long outstanding = 0;
    long peak = 0;
    for (int day = first; day <= last; day++) {
      outstanding += heldFrom[day];
      peak = Math.max(peak, outstanding);
      outstanding -= heldUntil[day];
    }
    return peak;
  }

  /**
   * The month-by-month profile: for each month {@code m}, the days {@code [monthStarts[m],
   * monthStarts[m + 1])}, the cash paid in it into {@code cashOut[m]} and what is outstanding at
   * its end into {@code outstanding[m]}. Days before the first month and after the last are in
   * neither.
   */
  void months(int[] monthStarts, long[] cashOut, long[] outstanding) {
    int months = monthStarts.length - 1;
    Arrays.fill(cashOut, 0, months, 0);
    long held = 0;
    int day = Math.min(first, monthStarts[0]);
    for (int m = 0; m < months; m++) {
      long out = 0;
      int end = Math.min(monthStarts[m + 1], last + 1);
      for (; day < end; day++) {
        held += heldFrom[day] - heldUntil[day];
        if (day >= monthStarts[m]) {
          out += paid[day];
        }
      }
      day = Math.max(day, monthStarts[m + 1]);
      cashOut[m] = out;
      outstanding[m] = held;
    }
  }
}
