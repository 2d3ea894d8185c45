package org.anxin.simulator.random;

/**
 * What a random stream is for: the first part of its logical address. Each kind documents which
 * coordinates {@code (a, b)} it is addressed by, so that two uses never share a stream by accident.
 *
 * <p>The numeric ids are part of the reproducibility contract (they enter the generator's key):
 * never renumber a kind; add new kinds with new ids.
 */
public enum StreamKind {
  /** Per trial, {@code a} = trial, {@code b} = 0: the latent market factor. */
  TRIAL(1),
  /** Where a risk strikes: {@code a} = trial, {@code b} = risk; geometric skips over the book. */
  STRIKES(2),
  /** A deal's attributes: {@code a} = trial, {@code b} = deal (kind, price, deposit, timeline). */
  DEAL(3),
  /**
   * Reserved for one incident: {@code a} = trial, {@code b} = deal, sub-tag = risk. The engine
   * reads incidents from fixed blocks of the {@link #DEAL} stream instead (one key per deal, and
   * still independent of which risks struck it); the id stays reserved.
   */
  INCIDENT(4),
  /** Yearly counts: {@code a} = trial, {@code b} = counter (e.g. a per-report guarantee). */
  COUNT(5),
  /** Reserved for swap chains; the engine draws a link's rescue from the purchase's deal stream. */
  CHAIN(6),
  /**
   * The staffing simulation's complaints: {@code a} = trial, {@code b} = a complaint's coordinate
   * (its source and its place in it, see the staffing module's {@code ComplaintCoordinates}); one
   * stream per complaint holds its channel, time of day, category and every duration of its work,
   * at fixed positions, so that the same complaint is the same work at every headcount.
   */
  COMPLAINT(7),
  /**
   * The staffing simulation's background arrivals: {@code a} = trial, {@code b} = day of the year;
   * the day's Poisson count.
   */
  COMPLAINT_DAY(8),
  /**
   * The staffing simulation's absences: {@code a} = trial, {@code b} = a seat of the roster (team,
   * shift, place in the shift); draw {@code d} says whether its holder is away on day {@code d}.
   */
  SEAT(9),
  /**
   * A stratified run's batches ({@code Sampling}): {@code a} = batch, {@code b} = 0; its first
   * number rotates the batch's strata, so that its first trials are a random, not a fixed, part of
   * the scale.
   */
  STRATA(10);

  private final int id;

  StreamKind(int id) {
    this.id = id;
  }

  /** The stable numeric id of this kind. */
  public int id() {
    return id;
  }

  /** The stream tag of this kind with sub-tag 0. */
  public long tag() {
    return tag(0);
  }

  /**
   * The stream tag of this kind with a sub-tag (e.g. a risk index): the id in the high 32 bits, the
   * sub-tag in the low 32, so tags of different kinds or sub-tags never coincide.
   */
  public long tag(int sub) {
    return ((long) id << 32) | (sub & 0xFFFF_FFFFL);
  }
}
