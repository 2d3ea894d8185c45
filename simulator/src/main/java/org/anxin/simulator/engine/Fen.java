package org.anxin.simulator.engine;

/**
 * Where a sampled yuan amount becomes exact money: rounded half-even to the fen once, and from
 * there on only {@code long} arithmetic.
 *
 * <p>Rounding to an integer is exact, so {@link Math#rint} gives the same bits as {@link
 * StrictMath#rint} on every JVM; HotSpot makes it one instruction where StrictMath's is a loop.
 */
final class Fen {

  private Fen() {}

  /** {@code yuan} in fen, rounded half-even; negative samples (none are valid) become 0. */
  static long of(double yuan) {
    double fen = Math.rint(yuan * 100.0);
    return fen <= 0 ? 0 : (long) fen;
  }

  /** {@code amountFen × share}, rounded half-even to the fen; never negative. */
  static long share(long amountFen, double share) {
    double fen = Math.rint(amountFen * share);
    return fen <= 0 ? 0 : (long) fen;
  }
}
