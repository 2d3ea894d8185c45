package org.anxin.staffing.arrivals;

import org.anxin.sla.complaint.Channel;

/**
 * The complaints of one trial-year, in order of receipt, each with every duration of its work
 * already drawn (seconds), so that the queue at any headcount does the same work. Columns, not
 * objects: a year holds some hundred thousand complaints.
 */
public final class Arrivals {

  /** A duration that does not happen: no wait, no reopening. */
  public static final int NEVER = -1;

  /** Where a complaint comes from. */
  public enum Source {
    /** Not tied to a guarantee. */
    BACKGROUND,
    /** Filed by a payout (a chain break's through SWAP_CANCELLATION). */
    PAYOUT,
    /** One report under a per-report guarantee. */
    REPORT
  }

  private static final Channel[] CHANNELS = Channel.values();
  private static final Source[] SOURCES = Source.values();

  final int size;
  final int[] received;
  final byte[] channel;
  final byte[] category;
  final byte[] source;
  final byte[] code;
  final int[] responseWork;
  final int[] solutionWork;
  final int[] closureWork;
  final int[] customerWait;
  final int[] thirdPartyWait;
  final int[] reopenAfter;
  final int[] reworkWork;

  Arrivals(int size) {
    this.size = size;
    received = new int[size];
    channel = new byte[size];
    category = new byte[size];
    source = new byte[size];
    code = new byte[size];
    responseWork = new int[size];
    solutionWork = new int[size];
    closureWork = new int[size];
    customerWait = new int[size];
    thirdPartyWait = new int[size];
    reopenAfter = new int[size];
    reworkWork = new int[size];
  }

  /** How many complaints. */
  public int size() {
    return size;
  }

  /** When complaint {@code i} is received, seconds since the year's first midnight. */
  public int received(int i) {
    return received[i];
  }

  /** Its channel. */
  public Channel channel(int i) {
    return CHANNELS[channel[i]];
  }

  /** Its category index (in the model's category order). */
  public int category(int i) {
    return category[i];
  }

  /** Where it comes from. */
  public Source source(int i) {
    return SOURCES[source[i]];
  }

  /** The guarantee code ordinal of a payout's or report's complaint, -1 for the background. */
  public int code(int i) {
    return code[i];
  }

  /**
   * The work of stage {@code stage} (0 response, 1 solution, 2 closure, 3 rework), seconds; 0 for a
   * stage nobody works on.
   */
  public int work(int i, int stage) {
    return switch (stage) {
      case 0 -> responseWork[i];
      case 1 -> solutionWork[i];
      case 2 -> closureWork[i];
      default -> reworkWork[i];
    };
  }

  /** The wait for the customer after the response, seconds, or {@link #NEVER}. */
  public int customerWait(int i) {
    return customerWait[i];
  }

  /** The wait for a third party after the solution, seconds, or {@link #NEVER}. */
  public int thirdPartyWait(int i) {
    return thirdPartyWait[i];
  }

  /** How long after its resolution it is reopened, seconds, or {@link #NEVER}. */
  public int reopenAfter(int i) {
    return reopenAfter[i];
  }
}
