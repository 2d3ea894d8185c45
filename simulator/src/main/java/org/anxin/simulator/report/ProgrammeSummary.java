package org.anxin.simulator.report;

import java.util.ArrayList;
import java.util.List;
import org.anxin.simulator.engine.PathResults;
import org.anxin.simulator.stats.BatchIntervals;
import org.anxin.simulator.stats.CostIntervals;
import org.anxin.simulator.stats.Distribution;
import org.anxin.simulator.stats.ExactMean;
import org.anxin.simulator.stats.TrialRanking;

/**
 * The statistics of a programme run ({@code anxin simulate --years K}): each path year's means, and
 * the distribution over the trials of the cumulative K-year net cost and of the path's peak
 * outstanding, with the conventions of the one-year figures (docs/statistics.md).
 *
 * @param years K, the years of each path
 * @param growth the book's growth a year
 * @param persistence the market factor's persistence φ
 * @param perYear one line per path year, in order
 * @param cumulativeNetCost the distribution of the net cost summed over a path's years
 * @param cumulativeIntervals the 95 % intervals of its mean, VaR and TVaR
 * @param cumulativePayouts the mean payouts over a path
 * @param cumulativeGrossPaid the mean gross paid over a path, fen
 * @param pathPeak the distribution of the path's peak outstanding, advances and homes carried
 *     across years
 */
public record ProgrammeSummary(
    int years,
    double growth,
    double persistence,
    List<YearLine> perYear,
    Distribution cumulativeNetCost,
    CostIntervals cumulativeIntervals,
    ExactMean cumulativePayouts,
    ExactMean cumulativeGrossPaid,
    Distribution pathPeak) {

  /** Defensive copy keeps the record immutable. */
  public ProgrammeSummary {
    perYear = List.copyOf(perYear);
  }

  /**
   * One path year over the trials.
   *
   * @param year the calendar year
   * @param deals the book's deals that year
   * @param payouts the mean payouts
   * @param grossPaid the mean gross paid, fen
   * @param netCost the distribution of the year's net cost
   */
  public record YearLine(
      int year, long deals, ExactMean payouts, ExactMean grossPaid, Distribution netCost) {}

  /** The programme statistics of {@code path}. */
  static ProgrammeSummary of(PathResults path, double growth, double persistence, int batches) {
    List<YearLine> lines = new ArrayList<>();
    int trials = path.pathPeaks().length;
    for (int y = 0; y < path.years(); y++) {
      long payouts = 0;
      long gross = 0;
      for (int t = 0; t < trials; t++) {
        payouts += path.payouts(y, t);
        gross = Math.addExact(gross, path.grossPaid(y, t));
      }
      lines.add(
          new YearLine(
              path.calendarYear(y),
              path.deals(y),
              ExactMean.of(payouts, trials),
              ExactMean.of(gross, trials),
              Distribution.of(path.netCosts(y))));
    }
    long[] cumulative = path.cumulativeNetCost();
    TrialRanking ranking = TrialRanking.of(cumulative);
    Distribution plainCost = Distribution.of(cumulative, ranking);
    // A stratified run's standard error is its batches', as its intervals' (sd/√n would overstate).
    Distribution cost =
        batches > 1
            ? plainCost.withStandardError(BatchIntervals.meanStandardError(cumulative, batches))
            : plainCost;
    return new ProgrammeSummary(
        path.years(),
        growth,
        persistence,
        lines,
        cost,
        CostIntervals.of(cumulative, cost, ranking, batches),
        Summary.meanOf(path.cumulativePayouts()),
        Summary.meanOf(path.cumulativeGrossPaid()),
        Distribution.of(path.pathPeaks()));
  }
}
