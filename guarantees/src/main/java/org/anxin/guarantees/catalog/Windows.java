package org.anxin.guarantees.catalog;

/**
 * The two day-count rules of the catalog's windows, stated once: a window term (a warranty, a
 * coverage, a discovery window, an advance's write-off window) and a filing window. They hold for
 * every catalog, so they live here rather than with the catalog-bound payout rules; they take
 * primitives and allocate nothing, for the simulator's inner loop too.
 */
public final class Windows {

  private Windows() {}

  /**
   * Whether something that happened {@code daysAfterStart} days after a window opened is inside a
   * window of {@code windowDays} days: from the opening day (0) to the last day, both included (a
   * leak on day 180 of a 180-day warranty is covered).
   */
  public static boolean isWithin(long daysAfterStart, long windowDays) {
    return daysAfterStart >= 0 && daysAfterStart <= windowDays;
  }

  /**
   * Whether a filing made {@code daysAfterTrigger} days after the trigger is in time for a filing
   * window of {@code windowDays}: any filing before the trigger counts (DESIGN.md §5), and the last
   * day of the window is included.
   */
  public static boolean isFiledInTime(long daysAfterTrigger, long windowDays) {
    return daysAfterTrigger <= windowDays;
  }
}
