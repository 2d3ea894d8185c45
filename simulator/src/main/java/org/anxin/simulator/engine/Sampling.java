package org.anxin.simulator.engine;

import java.io.Serializable;
import org.anxin.domain.InvalidInputException;

/**
 * How a run draws its trials' market factors Z, the bad or good year every deal and risk shares.
 *
 * <p>{@link #plain()}: each trial's Z is Φ⁻¹ of its own uniform, independently of every other trial
 * (the default, and the bytes of every run before this option).
 *
 * <p>{@link #stratified(int)}: the trials are dealt into {@value #BATCHES} batches (trial {@code t}
 * into batch {@code t mod 20}), and each batch's trials share out the probability scale of Z
 * evenly: a batch of {@code m} trials has one trial in each stratum {@code [k/m, (k+1)/m)}, at its
 * own uniform within it. So every batch holds the worst 0.5 % of years in exactly its share, where
 * a plain run holds them by chance, and the VaR 99.5 %, which a bad year drives, varies far less
 * from run to run at the same trial count. Each trial's stratum within its batch is {@code (j·s +
 * r_b) mod m} for its place {@code j = ⌊t/20⌋} in the batch, a step {@code s} near {@code m·(√5 −
 * 1)/2} coprime with {@code m} and the batch's rotation {@code r_b}, uniform in [0, m) from the
 * seed ({@code StreamKind.STRATA}): a bijection, the first trials of a batch spread over the whole
 * scale (a golden-ratio sequence), and each of them, over the rotation, in any stratum alike. So
 * the first trials of a run (the convergence rows) are an unbiased sample whose batches are
 * independent too; without the rotation every batch's first trials would sit in the same strata,
 * and the first 10,000 of 100,000 trials would hold no year of the worst 0.9 %. The batches are
 * independent replicates of one stratified design, which is what the intervals are computed from
 * ({@code BatchIntervals}); the statistics themselves (mean, quantiles, TVaR, the exceedance curve)
 * are those of all trials, equally weighted, as in a plain run. Everything else of a trial (its
 * incidents, its later path years' fresh factors) is drawn as in a plain run, so the bytes still do
 * not depend on the thread count or the partitioning; they do depend on the run's number of trials,
 * which sets the strata.
 *
 * @param stratified whether the factors are stratified
 * @param trials the run's number of trials, which the strata divide (0 for a plain run)
 */
public record Sampling(boolean stratified, int trials) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * @throws IllegalArgumentException for a stratified design of fewer than {@link
   *     #MIN_STRATIFIED_TRIALS} trials or a plain one that names a trial count
   */
  public Sampling {
    if (stratified ? trials < MIN_STRATIFIED_TRIALS : trials != 0) {
      throw new IllegalArgumentException(
          (stratified ? "stratified" : "plain") + " design of " + trials + " trials");
    }
  }

  /** The batches of a stratified run: independent replicates, for the intervals. */
  public static final int BATCHES = 20;

  /** A stratified run needs this many trials: ten a batch, so a batch estimate means something. */
  public static final int MIN_STRATIFIED_TRIALS = 200;

  /** The largest double below 1: a stratified uniform stays inside (0, 1). */
  private static final double BELOW_ONE = Math.nextDown(1.0);

  /** The plain design. */
  public static Sampling plain() {
    return new Sampling(false, 0);
  }

  /**
   * The stratified design for a run of {@code trials} trials.
   *
   * @throws InvalidInputException naming {@code --sampling} when {@code trials} is below {@link
   *     #MIN_STRATIFIED_TRIALS}
   */
  public static Sampling stratified(int trials) {
    if (trials < MIN_STRATIFIED_TRIALS) {
      throw new InvalidInputException(
          "--sampling",
          "stratified",
          "needs --trials "
              + MIN_STRATIFIED_TRIALS
              + " or more (ten in each of its "
              + BATCHES
              + " batches); --trials is "
              + trials);
    }
    return new Sampling(true, trials);
  }

  /** The name the command line and run.json use: {@code plain} or {@code stratified}. */
  public String label() {
    return stratified ? "stratified" : "plain";
  }

  /** The batches the intervals are computed from: {@value #BATCHES}, or 1 for a plain run. */
  public int batches() {
    return stratified ? BATCHES : 1;
  }

  /**
   * The uniform of trial {@code trial}'s market factor, {@code own} being its own uniform in (0,
   * 1): {@code own} itself in a plain run, else {@code own} placed in the trial's stratum, the
   * batch's strata rotated by {@code rotation} (64 random bits of the batch, the same for all its
   * trials: the first number of its {@code StreamKind.STRATA} stream).
   */
  double uniform(int trial, double own, long rotation) {
    if (!stratified) {
      return own;
    }
    if (trial < 0 || trial >= trials) {
      throw new IllegalArgumentException("trial " + trial + " outside the run's " + trials);
    }
    int batch = trial % BATCHES;
    int size = (trials - batch + BATCHES - 1) / BATCHES;
    long place = trial / BATCHES;
    long shift = Math.multiplyHigh(rotation >>> 1, 2L * size);
    int stratum = (int) ((place * step(size) + shift) % size);
    return Math.min((stratum + own) / size, BELOW_ONE);
  }

  /** The golden-ratio step for {@code size} strata: the nearest integer to it coprime with size. */
  static int step(int size) {
    if (size <= 2) {
      return 1;
    }
    int step = (int) Math.round(size * 0.6180339887498949);
    while (gcd(step, size) != 1) {
      step++;
    }
    return step;
  }

  private static int gcd(int a, int b) {
    while (b != 0) {
      int r = a % b;
      a = b;
      b = r;
    }
    return a;
  }
}
