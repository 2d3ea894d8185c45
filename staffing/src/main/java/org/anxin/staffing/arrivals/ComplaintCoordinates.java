package org.anxin.staffing.arrivals;

/**
 * The second coordinate of a complaint's random stream ({@code StreamKind.COMPLAINT}, the first
 * being the trial): its source in the top bits and its place in that source below, so that no two
 * complaints of a trial share a stream and a complaint keeps its stream whatever else the year
 * holds.
 *
 * <ul>
 *   <li>background: source 0, the day of the year and the complaint's number on that day;
 *   <li>a payout: source 1, the payout's number in the trial's payouts (the engine's booking order,
 *       which is the same whatever the thread count);
 *   <li>a report under a per-report guarantee: source 2, the payout's number and the report's.
 * </ul>
 */
public final class ComplaintCoordinates {

  private static final int SOURCE_SHIFT = 60;

  private ComplaintCoordinates() {}

  /** Complaint {@code k} of day {@code day}'s background. */
  public static long background(int day, long k) {
    return ((long) day << 32) | k;
  }

  /** The complaint payout {@code payout} files. */
  public static long payout(int payout) {
    return (1L << SOURCE_SHIFT) | payout;
  }

  /** Report {@code report} of per-report payout {@code payout}. */
  public static long report(int payout, long report) {
    return (2L << SOURCE_SHIFT) | ((long) payout << 32) | report;
  }
}
