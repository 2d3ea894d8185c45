package org.anxin.simulator.scenario;

import com.google.errorprone.annotations.Immutable;

/**
 * The range a scenario value must lie in. Validation checks a distribution's parameters against it,
 * and the engine clamps every sample to it, so that a distribution with a long tail (a lognormal)
 * can never produce a value the rest of the model cannot take: a share above 1, a day ten thousand
 * years away, an amount that overflows a sum of fen.
 *
 * @param min the smallest value
 * @param max the largest value
 */
@Immutable
public record Bounds(double min, double max) {

  /** Prices, yuan. */
  public static final Bounds PRICE = new Bounds(1, 1e10);

  /** Monthly rents, yuan. */
  public static final Bounds RENT = new Bounds(1, 1e7);

  /** Shares and probabilities. */
  public static final Bounds SHARE = new Bounds(0, 1);

  /** Durations, days (ten years). */
  public static final Bounds DAYS = new Bounds(0, 3650);

  /** Months of rent. */
  public static final Bounds MONTHS = new Bounds(0, 24);

  /** Handover holdbacks, yuan. */
  public static final Bounds HOLDBACK = new Bounds(0, 1e8);

  /** Subscription money, yuan. */
  public static final Bounds SUBSCRIPTION = new Bounds(0, 1e9);

  /** Amounts a risk costs, yuan. */
  public static final Bounds AMOUNT = new Bounds(0, 1e10);

  /** Funding links in one swap chain. */
  public static final Bounds LINKS = new Bounds(1, 1000);

  /** {@code value} moved into the range. */
  public double clamp(double value) {
    return value < min ? min : Math.min(value, max);
  }
}
