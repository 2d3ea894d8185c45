package org.anxin.simulator.compare;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.anxin.domain.Printable;

/**
 * The comparison as a plain-text table for the terminal: the headline figures of A and B and their
 * deltas, in million CNY. Strings from the runs are escaped ({@link Printable}).
 */
public final class CompareTable {

  private static final String ROW = "%-22s %12s %12s %12s  %s%n";

  private CompareTable() {}

  /**
   * Prints the table.
   *
   * @param c the comparison
   * @param out where to print
   */
  public static void print(Comparison c, PrintWriter out) {
    out.println(
        "A "
            + Printable.excerpt(c.a().identity().scenario())
            + "  vs  B "
            + Printable.excerpt(c.b().identity().scenario())
            + " (million CNY)");
    out.printf(Locale.ROOT, ROW, "", "A", "B", "B - A", "95 % interval of B - A");
    Comparison.DeltaInterval i = c.meanInterval();
    String meanInterval =
        i.lower() == null
            ? "none (one trial)"
            : millions(i.lower()) + " to " + millions(i.upper()) + " (" + i.method() + ")";
    out.printf(
        Locale.ROOT,
        ROW,
        "Mean yearly net cost",
        millions(c.a().mean().value()),
        millions(c.b().mean().value()),
        signed(c.meanDelta()),
        meanInterval);
    out.printf(
        Locale.ROOT,
        ROW,
        "VaR 99.5 %",
        millions(c.a().var995().value()),
        millions(c.b().var995().value()),
        signed(c.var995Delta()),
        "not computed: see each run's interval");
    out.printf(
        Locale.ROOT,
        ROW,
        "TVaR 99.5 %",
        millions(c.a().tvar995().value()),
        millions(c.b().tvar995().value()),
        signed(c.tvar995Delta()),
        "not computed: see each run's interval");
  }

  private static String millions(long fen) {
    return String.format(
        Locale.ROOT,
        "%,.2f",
        BigDecimal.valueOf(fen).movePointLeft(8).setScale(2, RoundingMode.HALF_EVEN));
  }

  private static String signed(long fen) {
    String text = millions(fen);
    // A change that rounds to 0.00 prints without a sign, never as "-0.00".
    return text.equals("0.00") || text.equals("-0.00") ? "0.00" : (fen > 0 ? "+" : "") + text;
  }
}
