package org.anxin.simulator.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.anxin.simulator.stats.CostIntervals;
import org.anxin.simulator.stats.Distribution;

/**
 * The report's headline cards: each figure in millions of yuan with how far the run may be from the
 * model's true figure (the standard error of the mean, the 95 % intervals of VaR and TVaR). The
 * payout count is {@code summary.json}'s {@code payoutsPerTrial}, to the same two decimals.
 */
final class Headline {

  private Headline() {}

  /** Writes the cards of {@code summary}. */
  static void write(Summary summary, Writer out) throws IOException {
    Distribution net = summary.netCost();
    CostIntervals intervals = summary.netCostIntervals();
    out.write("<section class=\"cards\" id=\"headline\">\n");
    card(
        out,
        "Mean yearly net cost",
        ReportText.millions(net.mean()),
        net.standardError()
                .map(se -> "± " + ReportText.millions(se) + " standard error; ")
                .orElse("")
            + "95 %: "
            + ReportText.interval(intervals.mean()));
    card(
        out,
        "VaR 99.5 % (1 in 200 years)",
        ReportText.millions(net.var995().value()),
        "95 %: " + ReportText.interval(intervals.var995()));
    card(
        out,
        "TVaR 99.5 %",
        ReportText.millions(net.tvar995()),
        "95 %: "
            + ReportText.interval(intervals.tvar995())
            + String.format(
                Locale.ROOT, "; mean of the worst %,d years", summary.tail().tailTrials()));
    card(
        out,
        "Mean gross paid",
        ReportText.millions(summary.grossPaid().mean()),
        summary
            .grossPaid()
            .standardError()
            .map(
                se ->
                    "± " + ReportText.millions(se) + " standard error; cash out before recoveries")
            .orElse("cash out before recoveries"));
    card(
        out,
        "Payouts per year",
        String.format(Locale.ROOT, "%,.2f", summary.payouts().mean().toBigDecimal(2)),
        "compensations, advances and buy-backs; refunds excluded");
    card(
        out,
        "Peak outstanding, mean",
        ReportText.millions(summary.peakOutstanding().mean()),
        "advances not yet recovered and homes held, at the year's worst day");
    card(
        out,
        "Peak outstanding, 99.5 %",
        ReportText.millions(summary.peakOutstanding().var995().value()),
        "the peak a 1-in-200 year reaches");
    out.write("</section>\n");
  }

  private static void card(Writer out, String label, String value, String detail)
      throws IOException {
    out.write(
        "<div class=\"card\"><div class=\"label\">"
            + ReportText.escape(label)
            + "</div><div class=\"value\">"
            + ReportText.escape(value)
            + "</div><div class=\"detail\">"
            + ReportText.escape(detail)
            + "</div></div>\n");
  }
}
