package org.anxin.simulator.report;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.anxin.domain.Printable;
import org.anxin.simulator.stats.Distribution;
import org.anxin.simulator.stats.ExactMean;
import org.anxin.simulator.stats.Interval;
import org.anxin.simulator.stats.Yuan;

/** The run's summary as a plain-text table for a terminal. */
public final class SummaryTable {

  private SummaryTable() {}

  /** Prints {@code summary} to {@code out}. */
  public static void print(Summary summary, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Anxin simulation: %s, seed %d, %,d trials of %,d deals, catalog %s %s%n%n",
        Printable.escape(summary.scenario()),
        summary.seed(),
        summary.trials(),
        summary.dealsPerTrial(),
        Printable.escape(summary.catalogId()),
        Printable.escape(summary.catalogVersion()));
    Distribution net = summary.netCost();
    out.printf(Locale.ROOT, "%-34s %20s%n", "per simulated year (CNY)", "");
    row(out, "payouts (mean count)", summary.payouts().mean().toBigDecimal(1));
    row(out, "gross paid, mean", yuan(summary.grossPaid().mean()));
    row(out, "net cost, mean", yuan(net.mean()));
    interval(out, "  95 % interval", summary.netCostIntervals().mean());
    net.standardError().ifPresent(se -> row(out, "net cost, standard error", Yuan.of(se)));
    net.stdDev().ifPresent(sd -> row(out, "net cost, standard deviation", Yuan.of(sd)));
    for (var quantile : net.quantiles()) {
      row(out, "net cost, " + percent(quantile.level()) + " quantile", Yuan.of(quantile.value()));
    }
    row(out, "VaR 99.5 % (1 in 200 years)", Yuan.of(net.var995().value()));
    interval(out, "  95 % interval", summary.netCostIntervals().var995());
    row(out, "TVaR 99.5 %", yuan(net.tvar995()));
    interval(out, "  95 % interval", summary.netCostIntervals().tvar995());
    row(out, "commission refunds, mean", yuan(summary.refunds().mean()));
    row(out, "advanced, mean", yuan(summary.advanced().mean()));
    row(out, "recovered, mean", yuan(summary.recovered().mean()));
    row(out, "written off, mean", yuan(summary.writtenOff().mean()));
    row(out, "peak outstanding, mean", yuan(summary.peakOutstanding().mean()));
    row(out, "peak outstanding, 99.5 %", Yuan.of(summary.peakOutstanding().var995().value()));
    out.println();
    out.printf(
        Locale.ROOT,
        "%-22s %16s %10s %7s %18s%n",
        "guarantee",
        "mean cost",
        "mean count",
        "share",
        "TVaR contribution");
    for (Summary.GuaranteeLine line : summary.guarantees()) {
      out.printf(
          Locale.ROOT,
          "%-22s %,16.2f %,10.1f %6.1f%% %,18.2f%n",
          line.code().name(),
          Yuan.of(line.meanCost()),
          line.meanCount().toBigDecimal(1),
          summary.shareOfMean(line).movePointRight(2),
          Yuan.of(line.tailContribution()));
    }
  }

  private static void row(PrintWriter out, String label, BigDecimal value) {
    out.printf(Locale.ROOT, "  %-36s %,22.2f%n", label, value);
  }

  /** An interval's bounds, "none" for a bound the run cannot give. */
  private static void interval(PrintWriter out, String label, Interval interval) {
    out.printf(
        Locale.ROOT,
        "  %-28s %30s%n",
        label,
        bound(interval.lower()) + " – " + bound(interval.upper()));
  }

  private static String bound(Optional<BigDecimal> fen) {
    return fen.map(f -> String.format(Locale.ROOT, "%,.2f", Yuan.of(f))).orElse("none");
  }

  private static BigDecimal yuan(ExactMean fen) {
    return Yuan.of(fen);
  }

  private static String percent(BigDecimal level) {
    return level
            .movePointRight(2)
            .setScale(1, RoundingMode.HALF_EVEN)
            .stripTrailingZeros()
            .toPlainString()
        + " %";
  }
}
