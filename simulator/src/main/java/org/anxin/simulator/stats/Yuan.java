package org.anxin.simulator.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.anxin.domain.Money;

/**
 * Renders statistics held in fen as yuan with exactly two decimals, rounding half-even to the fen
 * once, at output (JSON numbers via {@link BigDecimal}, text via {@code String}).
 */
public final class Yuan {

  private Yuan() {}

  /** {@code fen} as yuan, scale 2: {@code 6384000} → {@code 63840.00}. */
  public static BigDecimal of(long fen) {
    return BigDecimal.valueOf(fen, 2);
  }

  /** An exact mean of fen as yuan, rounded half-even to the fen. */
  public static BigDecimal of(ExactMean fen) {
    return fen.toYuan();
  }

  /** A fractional amount of fen (a standard deviation) as yuan, rounded half-even to the fen. */
  public static BigDecimal of(BigDecimal fen) {
    return fen.setScale(0, RoundingMode.HALF_EVEN).movePointLeft(2);
  }

  /** {@code fen} as text, e.g. {@code 63840.00}. */
  public static String format(long fen) {
    return Money.format(fen);
  }

  /** An exact mean of fen as text, rounded half-even to the fen. */
  public static String format(ExactMean fen) {
    return fen.toYuanString();
  }

  /** A fractional amount of fen as text, rounded half-even to the fen. */
  public static String format(BigDecimal fen) {
    return of(fen).toPlainString();
  }
}
