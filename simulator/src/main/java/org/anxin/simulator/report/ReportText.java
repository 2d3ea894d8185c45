package org.anxin.simulator.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.anxin.simulator.stats.ExactMean;
import org.anxin.simulator.stats.Interval;

/**
 * How the report writes text and numbers: HTML escaping, JSON that is safe inside a script element,
 * and amounts in millions of yuan rounded to what a reader can take in (87.6 M, 3.42 M, 0.512 M).
 */
final class ReportText {

  /** Fen in a million yuan. */
  private static final int MILLION_FEN_DIGITS = 8;

  private ReportText() {}

  /** Escapes text for HTML element content and attribute values ({@link HtmlText#escape}). */
  static String escape(String text) {
    return HtmlText.escape(text);
  }

  /** JSON that can sit inside a script element ({@link HtmlText#scriptSafe}). */
  static String scriptSafe(String json) {
    return HtmlText.scriptSafe(json);
  }

  /** An amount in fen as millions of yuan with sensible rounding: {@code 87.6 M}. */
  static String millions(BigDecimal fen) {
    BigDecimal m = fen.movePointLeft(MILLION_FEN_DIGITS);
    BigDecimal size = m.abs();
    int decimals;
    if (size.compareTo(BigDecimal.TEN) >= 0) {
      decimals = 1;
    } else if (size.compareTo(BigDecimal.ONE) >= 0) {
      decimals = 2;
    } else {
      decimals = 3;
    }
    return String.format(
        Locale.ROOT, "%,." + decimals + "f M", m.setScale(decimals, RoundingMode.HALF_EVEN));
  }

  /** As {@link #millions(BigDecimal)}. */
  static String millions(long fen) {
    return millions(BigDecimal.valueOf(fen));
  }

  /** As {@link #millions(BigDecimal)}, the exact mean rounded once. */
  static String millions(ExactMean fen) {
    return millions(fen.toBigDecimal(2));
  }

  /** Fen as millions of yuan, 4 decimals: the charts' unit. */
  static BigDecimal chartMillions(long fen) {
    return HtmlText.chartMillions(fen);
  }

  /** As {@link #chartMillions(long)}. */
  static BigDecimal chartMillions(BigDecimal fen) {
    return fen.movePointLeft(MILLION_FEN_DIGITS).setScale(4, RoundingMode.HALF_EVEN);
  }

  /** Yuan with two decimals and grouping, from fen: {@code 87,612,345.67}. */
  static String yuan(ExactMean fen) {
    return String.format(Locale.ROOT, "%,.2f", fen.toYuan());
  }

  /** A 95 % interval in millions: {@code 85.1 – 90.2 M}, naming a bound the run cannot give. */
  static String interval(Interval interval) {
    String lower = interval.lower().map(ReportText::millions).orElse("no lower bound");
    String upper = interval.upper().map(ReportText::millions).orElse("no upper bound");
    return lower.replace(" M", "") + " – " + upper;
  }

  /** A share as a percentage with up to 2 decimals: {@code 0.125} is {@code 12.5 %}. */
  static String percent(double share) {
    return plain(share * 100) + " %";
  }

  /** A number in plain decimal notation with grouping and at most 4 decimals, zeros stripped. */
  static String plain(double value) {
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (rounded.scale() < 0) {
      rounded = rounded.setScale(0);
    }
    return String.format(Locale.ROOT, "%,." + rounded.scale() + "f", rounded);
  }
}
