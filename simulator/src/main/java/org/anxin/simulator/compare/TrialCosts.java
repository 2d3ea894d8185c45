package org.anxin.simulator.compare;

/**
 * Each trial's net cost in fen, in trial order: the column {@code net_cost} of a run's {@code
 * trials.csv}. Kept as a private array (a million trials are 8 MB), read through {@link #get}.
 */
public final class TrialCosts {

  private final long[] fen;

  private TrialCosts(long[] fen) {
    this.fen = fen;
  }

  /**
   * The costs, copied.
   *
   * @param fen each trial's net cost in fen
   * @return the costs
   */
  public static TrialCosts of(long... fen) {
    return new TrialCosts(fen.clone());
  }

  /** Wraps an array the caller no longer touches (the reader's own), without a copy. */
  static TrialCosts owning(long[] fen) {
    return new TrialCosts(fen);
  }

  /**
   * The number of trials.
   *
   * @return how many costs there are
   */
  public int size() {
    return fen.length;
  }

  /**
   * One trial's net cost.
   *
   * @param trial the 0-based trial index
   * @return its net cost in fen
   */
  public long get(int trial) {
    return fen[trial];
  }
}
