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
    if (summary.sampling().stratified()) {
      out.printf(
          Locale.ROOT,
          "market factor stratified over %d batches: intervals and standard errors from them%n%n",
          summary.sampling().batches());
    }
    Distribution net = summary.netCost();
    out.printf(Locale.ROOT, "%-34s %20s%n", "per simulated year (CNY)", "");
    // The payout count as summary.json gives it (payoutsPerTrial, two decimals): one figure.
    row(out, "payouts (mean count)", summary.payouts().mean().toBigDecimal(2));
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
    summary.programme().ifPresent(programme -> printProgramme(programme, out));
  }

  /** The programme's years and its cumulative figures, after the first year's table. */
  private static void printProgramme(ProgrammeSummary programme, PrintWriter out) {
    out.println();
    out.printf(
        Locale.ROOT,
        "programme: %d years, book growth %s a year, market persistence %s%n",
        programme.years(),
        BigDecimal.valueOf(programme.growth()).toPlainString(),
        BigDecimal.valueOf(programme.persistence()).toPlainString());
    out.printf(
        Locale.ROOT,
        "%-6s %10s %10s %18s %18s %18s%n",
        "year",
        "deals",
        "payouts",
        "gross paid",
        "net cost, mean",
        "net cost, VaR 99.5");
    for (ProgrammeSummary.YearLine line : programme.perYear()) {
      out.printf(
          Locale.ROOT,
          "%-6d %,10d %,10.2f %,18.2f %,18.2f %,18.2f%n",
          line.year(),
          line.deals(),
          line.payouts().toBigDecimal(2),
          Yuan.of(line.grossPaid()),
          Yuan.of(line.netCost().mean()),
          Yuan.of(line.netCost().var995().value()));
    }
    Distribution total = programme.cumulativeNetCost();
    out.printf(Locale.ROOT, "%-34s %20s%n", "over the whole path (CNY)", "");
    row(out, "payouts (mean count)", programme.cumulativePayouts().toBigDecimal(2));
    row(out, "gross paid, mean", yuan(programme.cumulativeGrossPaid()));
    row(out, "net cost, mean", yuan(total.mean()));
    interval(out, "  95 % interval", programme.cumulativeIntervals().mean());
    row(out, "net cost, VaR 99.5 %", Yuan.of(total.var995().value()));
    interval(out, "  95 % interval", programme.cumulativeIntervals().var995());
    row(out, "net cost, TVaR 99.5 %", yuan(total.tvar995()));
    interval(out, "  95 % interval", programme.cumulativeIntervals().tvar995());
    row(out, "path's peak outstanding, mean", yuan(programme.pathPeak().mean()));
    row(out, "path's peak outstanding, 99.5 %", Yuan.of(programme.pathPeak().var995().value()));
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
