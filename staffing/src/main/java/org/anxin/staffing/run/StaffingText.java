package org.anxin.staffing.run;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the staffing page writes its figures: shares as percentages, intervals, error budgets and the
 * headcounts of a sweep. Every result is plain text, to be escaped by the caller.
 */
final class StaffingText {

  private StaffingText() {}

  /** A share in [0, 1] as a percentage with {@code decimals} places, e.g. "96.7 %". */
  static String percent(double share, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f %%", share * 100);
  }

  /** A probability: one decimal place. */
  static String probability(double share) {
    return percent(share, 1);
  }

  /** A met ratio: two decimal places, as the national figures are quoted. */
  static String ratio(double share) {
    return percent(share, 2);
  }

  /** An interval of shares, e.g. "83.3–99.4 %". */
  static String interval(double low, double high) {
    return String.format(Locale.ROOT, "%.1f–%.1f %%", low * 100, high * 100);
  }

  /** A ratio's p50 with its p5–p95 range, e.g. "97.52 % (96.10–98.31)". */
  static String spread(StaffingSummary.Spread s) {
    return String.format(
        Locale.ROOT, "%.2f %% (%.2f–%.2f)", s.p50() * 100, s.p5() * 100, s.p95() * 100);
  }

  /** An error budget's p50 with its p5 to p95 range; negative budgets with a minus sign. */
  static String spread(StaffingSummary.BudgetSpread s) {
    return count(s.p50()) + " (" + count(s.p5()) + " to " + count(s.p95()) + ")";
  }

  /** A whole number with thousands separators and a typographic minus. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n).replace('-', '−');
  }

  /** A target's budget in the promise's words: "30 minutes", "12 hours". */
  static String budget(Duration d) {
    if (d.toMinutes() % 60 != 0 || d.toHours() == 0) {
      return d.toMinutes() + " minutes";
    }
    return d.toHours() == 1 ? "1 hour" : d.toHours() + " hours";
  }

  /** A shift's hours: "08:00–16:00", an end after midnight as the clock shows it. */
  static String hours(int startMinute, int lengthMinutes) {
    int end = (startMinute + lengthMinutes) % (24 * 60);
    return clock(startMinute) + "–" + (lengthMinutes == 24 * 60 ? "24:00" : clock(end));
  }

  private static String clock(int minute) {
    return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
  }

  /**
   * The headcounts tried: "46 to 70 in steps of 2" when evenly spaced (three or more), else the
   * list.
   */
  static String headcounts(List<Integer> headcounts) {
    int n = headcounts.size();
    if (n >= 3) {
      int step = headcounts.get(1) - headcounts.get(0);
      boolean even = step > 0;
      for (int i = 2; i < n && even; i++) {
        even = headcounts.get(i) - headcounts.get(i - 1) == step;
      }
      if (even) {
        return headcounts.get(0)
            + " to "
            + headcounts.get(n - 1)
            + (step == 1 ? "" : " in steps of " + step);
      }
    }
    return headcounts.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
