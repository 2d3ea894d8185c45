package org.anxin.domain;

import com.google.errorprone.annotations.Immutable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An amount of Chinese yuan (CNY) held exactly as a {@code long} number of fen (1 yuan = 100 fen).
 *
 * <p>All arithmetic is exact: an overflow throws {@link ArithmeticException} instead of wrapping.
 * The static {@code long} helpers ({@link #addExact(long, long)}, {@link #percentOf(long, int)})
 * are what hot loops call; the record wraps them for readable domain code.
 *
 * @param fen the amount in fen; may be negative (a net flow or a balance)
 */
@Immutable
public record Money(long fen) implements Comparable<Money> {

  /** Zero yuan. */
  public static final Money ZERO = new Money(0);

  private static final Pattern YUAN = Pattern.compile("-?\\d{1,17}(\\.\\d{1,2})?");

  /** The amount of {@code fen} fen. */
  public static Money ofFen(long fen) {
    return fen == 0 ? ZERO : new Money(fen);
  }

  /** The amount of whole {@code yuan}; overflow is an error. */
  public static Money ofYuan(long yuan) {
    return ofFen(Math.multiplyExact(yuan, 100L));
  }

  /**
   * Parses yuan written with at most two decimals: {@code 50000}, {@code 50000.5}, {@code -12.34}.
   * Grouping commas, currency signs and exponents are refused so that a typo never becomes a
   * different amount.
   *
   * @param field the name of the field being read, used in the error message
   * @throws InvalidInputException naming {@code field} and the text when it is not such a number
   */
  public static Money parse(String field, String text) {
    if (text == null || !YUAN.matcher(text.strip()).matches()) {
      throw new InvalidInputException(
          field, text, "not an amount in yuan with at most 2 decimals, e.g. 50000.00");
    }
    try {
      return ofFen(new BigDecimal(text.strip()).movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw new InvalidInputException(field, text, "amount too large", e);
    }
  }

  /** Parses as {@link #parse(String, String)} with the generic field name {@code amount}. */
  public static Money parse(String text) {
    return parse("amount", text);
  }

  /** Formats yuan with exactly two decimals and no grouping: {@code 63840.00}, {@code -0.05}. */
  public static String format(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }

  /** As {@link #format(long)}, rounding a fractional fen amount half-even (for averages). */
  public static String format(BigDecimal fen) {
    return fen.setScale(0, RoundingMode.HALF_EVEN).movePointLeft(2).setScale(2).toPlainString();
  }

  /** Exact sum of two fen amounts. */
  public static long addExact(long a, long b) {
    return Math.addExact(a, b);
  }

  /** {@code floor(amountFen × percent / 100)}, exact; the legal-deposit cap uses 20. */
  public static long percentOf(long amountFen, int percent) {
    return Math.floorDiv(Math.multiplyExact(amountFen, (long) percent), 100L);
  }

  public Money plus(Money other) {
    return ofFen(Math.addExact(fen, other.fen));
  }

  public Money minus(Money other) {
    return ofFen(Math.subtractExact(fen, other.fen));
  }

  public Money times(long factor) {
    return ofFen(Math.multiplyExact(fen, factor));
  }

  public Money negate() {
    return ofFen(Math.negateExact(fen));
  }

  /** The larger of this and zero: what is owed when a difference may come out negative. */
  public Money atLeastZero() {
    return fen < 0 ? ZERO : this;
  }

  public Money min(Money other) {
    return fen <= other.fen ? this : other;
  }

  public Money max(Money other) {
    return fen >= other.fen ? this : other;
  }

  public boolean isNegative() {
    return fen < 0;
  }

  public boolean isZero() {
    return fen == 0;
  }

  public boolean isPositive() {
    return fen > 0;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(fen, other.fen);
  }

  /** Yuan with two decimals, e.g. {@code 50000.00}. */
  @Override
  public String toString() {
    return format(fen);
  }
}
