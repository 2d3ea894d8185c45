package org.anxin.simulator.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.anxin.domain.Money;

/**
 * A mean held exactly, as the integer sum of its values and their count: {@code sum / count} with
 * no rounding at all, so that means computed over the same trials add up exactly (the tail
 * contributions of the components add up to the TVaR). Rounding happens only when the value is
 * rendered: {@link #roundHalfEven()} to a whole unit (a fen, for money), {@link #toYuan()} for
 * output.
 *
 * <p>{@code equals} compares the representation (sum and count); {@link #compareTo(ExactMean)}
 * compares values, so {@code 2/2} and {@code 1/1} compare as equal but are not {@code equals}.
 *
 * @param sum the exact sum of the values (fen, for money)
 * @param count how many values, at least 1
 */
public record ExactMean(BigInteger sum, long count) implements Comparable<ExactMean> {

  /**
   * @throws IllegalArgumentException when {@code count < 1}
   * @throws NullPointerException when {@code sum} is null
   */
  public ExactMean {
    if (sum == null) {
      throw new NullPointerException("sum");
    }
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1: " + count);
    }
  }

  /** The mean {@code sum / count}. */
  public static ExactMean of(long sum, long count) {
    return new ExactMean(BigInteger.valueOf(sum), count);
  }

  /** The exact sum of {@code this} and {@code other}, which must have the same count. */
  public ExactMean plus(ExactMean other) {
    if (other.count != count) {
      throw new IllegalArgumentException(
          "means over different counts: " + count + " and " + other.count);
    }
    return new ExactMean(sum.add(other.sum), count);
  }

  /** The mean rounded half-even to a whole unit (a fen, for money); exact integer arithmetic. */
  public long roundHalfEven() {
    return toBigDecimal(0).longValueExact();
  }

  /** The mean rounded half-even to {@code scale} decimal places. */
  public BigDecimal toBigDecimal(int scale) {
    return new BigDecimal(sum).divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_EVEN);
  }

  /** The mean to {@code mathContext}'s precision. */
  public BigDecimal toBigDecimal(MathContext mathContext) {
    return new BigDecimal(sum).divide(BigDecimal.valueOf(count), mathContext);
  }

  /** A mean of fen amounts in yuan with exactly two decimals, rounded half-even to the fen once. */
  public BigDecimal toYuan() {
    return BigDecimal.valueOf(roundHalfEven(), 2);
  }

  /** As {@link #toYuan()}, as text without grouping: {@code 1234.50}. */
  public String toYuanString() {
    return Money.format(roundHalfEven());
  }

  /** The nearest {@code double}, for charts and tolerance checks; never for money output. */
  public double doubleValue() {
    return toBigDecimal(MathContext.DECIMAL64).doubleValue();
  }

  @Override
  public int compareTo(ExactMean other) {
    return sum.multiply(BigInteger.valueOf(other.count))
        .compareTo(other.sum.multiply(BigInteger.valueOf(count)));
  }
}
