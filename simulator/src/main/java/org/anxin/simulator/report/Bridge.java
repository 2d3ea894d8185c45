package org.anxin.simulator.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.simulator.stats.ExactMean;

/**
 * The gross-to-net bridge of the mean year, exact to the fen: what was paid out (gross), plus the
 * commission refunds (cash that counts in the net cost but not in the gross paid), less what comes
 * back (advances recovered, the resale proceeds of bought-back homes) is the net cost.
 *
 * <p>Per trial the engine keeps {@code gross = compensations + advanced + buy-back cash} and {@code
 * net = compensations + refunds + buy-back losses + written off}, with {@code advanced = recovered
 * + written off}; the compensations and the buy-back losses are stored per trial, and the resale
 * proceeds are the buy-back cash less its losses. All means are over the same trials, so the lines
 * add up exactly.
 *
 * @param gross mean gross paid
 * @param refunds mean commission refunds
 * @param recovered mean advances recovered
 * @param proceeds mean resale proceeds of bought-back homes
 * @param pending mean advances neither recovered nor written off (0 when every advance is settled)
 * @param net mean net cost
 * @param compensations mean compensations (per-report payments included)
 * @param advanced mean amount advanced
 * @param writtenOff mean advances written off
 * @param buyBackCash mean price paid for bought-back homes
 * @param buyBackLosses mean buy-back losses (price paid less resale proceeds)
 */
record Bridge(
    ExactMean gross,
    ExactMean refunds,
    ExactMean recovered,
    ExactMean proceeds,
    ExactMean pending,
    ExactMean net,
    ExactMean compensations,
    ExactMean advanced,
    ExactMean writtenOff,
    ExactMean buyBackCash,
    ExactMean buyBackLosses) {

  /** The bridge of {@code results}' first year. */
  static Bridge of(TrialResults results) {
    Sum gross = new Sum();
    Sum refunds = new Sum();
    Sum recovered = new Sum();
    Sum proceeds = new Sum();
    Sum pending = new Sum();
    Sum net = new Sum();
    Sum compensations = new Sum();
    Sum advanced = new Sum();
    Sum writtenOff = new Sum();
    Sum buyBackCash = new Sum();
    Sum losses = new Sum();
    for (int t = 0; t < results.trials(); t++) {
      long g = results.grossPaid(t);
      long a = results.advanced(t);
      long b = results.boughtBack(t);
      long r = results.refunds(t);
      long w = results.writtenOff(t);
      long n = results.netCost(t);
      long c = results.compensations(t);
      long loss = results.buyBackLoss(t);
      gross.add(g);
      refunds.add(r);
      recovered.add(results.recovered(t));
      proceeds.add(b - loss);
      pending.add(a - results.recovered(t) - w);
      net.add(n);
      compensations.add(c);
      advanced.add(a);
      writtenOff.add(w);
      buyBackCash.add(b);
      losses.add(loss);
    }
    int trials = results.trials();
    return new Bridge(
        mean(gross, trials),
        mean(refunds, trials),
        mean(recovered, trials),
        mean(proceeds, trials),
        mean(pending, trials),
        mean(net, trials),
        mean(compensations, trials),
        mean(advanced, trials),
        mean(writtenOff, trials),
        mean(buyBackCash, trials),
        mean(losses, trials));
  }

  /** An exact sum of longs: in a long while it fits, spilling into a BigInteger when not. */
  private static final class Sum {
    private BigInteger spilled = BigInteger.ZERO;
    private long running;

    void add(long value) {
      try {
        running = Math.addExact(running, value);
      } catch (ArithmeticException overflow) {
        spilled = spilled.add(BigInteger.valueOf(running));
        running = value;
      }
    }

    BigInteger sum() {
      return spilled.add(BigInteger.valueOf(running));
    }
  }

  private static ExactMean mean(Sum sum, int trials) {
    return new ExactMean(sum.sum(), trials);
  }

  /** The bridge's lines with their signs, ending at the net cost: gross + refunds − … */
  List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("Gross paid (compensations, advances, buy-backs)", "", gross));
    lines.add(new Line("Commission refunds", "+", refunds));
    lines.add(new Line("Advances recovered from the liable party", "−", recovered));
    lines.add(new Line("Resale proceeds of bought-back homes", "−", proceeds));
    if (pending.sum().signum() != 0) {
      lines.add(new Line("Advances neither recovered nor written off", "−", pending));
    }
    return lines;
  }

  /** The sum of the bridge's lines, with their signs: equal to {@link #net()} exactly. */
  ExactMean total() {
    ExactMean total = gross.plus(refunds);
    total = total.plus(negate(recovered)).plus(negate(proceeds)).plus(negate(pending));
    return total;
  }

  private static ExactMean negate(ExactMean mean) {
    return new ExactMean(mean.sum().negate(), mean.count());
  }

  /**
   * One line of the bridge.
   *
   * @param label what it is
   * @param sign {@code +}, {@code −}, or empty for the first line
   * @param amount its mean, fen
   */
  record Line(String label, String sign, ExactMean amount) {}

  /** Writes the bridge and the two identities it rests on. */
  void write(Writer out) throws IOException {
    out.write("<div class=\"table-wrap\"><table class=\"bridge\">\n<tbody>\n");
    for (Line line : lines()) {
      out.write(
          "<tr><td class=\"sign\">"
              + line.sign()
              + "</td><td>"
              + ReportText.escape(line.label())
              + "</td><td class=\"num\">"
              + ReportText.yuan(line.amount())
              + "</td></tr>\n");
    }
    out.write(
        "</tbody>\n<tfoot><tr><td class=\"sign\">=</td><td>Net cost, mean</td><td class=\"num\">"
            + ReportText.yuan(net)
            + "</td></tr></tfoot>\n</table></div>\n");
    out.write(
        "<p class=\"note\">Mean per year in CNY. The identities, per trial and so for the means:"
            + " net cost = compensations "
            + ReportText.yuan(compensations)
            + " + refunds "
            + ReportText.yuan(refunds)
            + " + buy-back losses "
            + ReportText.yuan(buyBackLosses)
            + " + advances written off "
            + ReportText.yuan(writtenOff)
            + "; gross paid = compensations + advanced "
            + ReportText.yuan(advanced)
            + " + buy-back cash "
            + ReportText.yuan(buyBackCash)
            + ". The lines add up exactly as means over the same trials; each is rounded to the"
            + " fen on its own, so the printed figures may differ from the total by a fen.</p>\n");
  }
}
