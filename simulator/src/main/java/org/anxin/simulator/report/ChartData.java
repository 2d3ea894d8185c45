package org.anxin.simulator.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.Guarantee;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.simulator.stats.CostIntervals;
import org.anxin.simulator.stats.Distribution;
import org.anxin.simulator.stats.Interval;
import org.anxin.simulator.stats.ReturnPeriod;
import org.anxin.simulator.stats.TrialRanking;

/**
 * What the report's charts draw, as one JSON object embedded in the page: amounts in millions of
 * yuan with 4 decimals (the charts' unit; the tables carry the exact figures).
 */
final class ChartData {

  private static final int HISTOGRAM_BINS = 40;

  /** Guarantees drawn with their own exceedance curve: those that carry the tail. */
  static final int CURVES = 6;

  /** Points of the convergence chart: equally spaced trial counts up to n. */
  static final int CONVERGENCE_POINTS = 16;

  /** The first convergence point has at least this many trials (fewer say nothing of a tail). */
  static final int CONVERGENCE_MIN_TRIALS = 200;

  private ChartData() {}

  /** The charts' data of a run. */
  static ObjectNode of(
      ObjectMapper mapper, Summary summary, TrialResults results, Catalog catalog) {
    ObjectNode data = mapper.createObjectNode();
    histogram(data, summary, results);
    data.put("mean", ReportText.chartMillions(summary.netCost().mean().roundHalfEven()));
    data.put("var995", ReportText.chartMillions(summary.netCost().var995().value()));
    data.put("tvar995", ReportText.chartMillions(summary.netCost().tvar995().roundHalfEven()));
    curve(data.putArray("exceedance"), summary.netCost().exceedance());
    List<Summary.GuaranteeLine> byTail = GuaranteeTables.byTail(summary);
    ArrayNode guarantees = data.putArray("guarantees");
    ArrayNode curves = data.putArray("guaranteeCurves");
    for (Summary.GuaranteeLine line : byTail) {
      Optional<Guarantee> guarantee = catalog.find(line.code());
      ObjectNode node = guarantees.addObject();
      node.put("code", line.code().name());
      node.put("nameEn", guarantee.map(Guarantee::nameEn).orElse(""));
      node.put("nameZh", guarantee.map(Guarantee::nameZh).orElse(""));
      node.put("mean", ReportText.chartMillions(line.meanCost().roundHalfEven()));
      node.put("tail", ReportText.chartMillions(line.tailContribution().roundHalfEven()));
      if (curves.size() < CURVES && line.meanCost().sum().signum() != 0) {
        ObjectNode c = curves.addObject();
        c.put("code", line.code().name());
        curve(c.putArray("points"), Distribution.of(results.costs(line.code())).exceedance());
      }
    }
    convergence(data.putArray("convergence"), results.netCosts(), results.sampling().batches());
    ArrayNode cash = data.putArray("cash");
    for (Summary.CashMonth month : summary.cashProfile()) {
      ObjectNode node = cash.addObject();
      node.put("month", month.month().toString());
      node.put("outMean", ReportText.chartMillions(month.cashOut().roundHalfEven()));
      node.put("outQ995", ReportText.chartMillions(month.cashOutQ995()));
      node.put("heldMean", ReportText.chartMillions(month.outstanding().roundHalfEven()));
      node.put("heldQ995", ReportText.chartMillions(month.outstandingQ995()));
    }
    return data;
  }

  private static void histogram(ObjectNode data, Summary summary, TrialResults results) {
    long min = summary.netCost().min();
    long max = summary.netCost().max();
    long width = Math.max(1, (max - min + HISTOGRAM_BINS - 1) / HISTOGRAM_BINS);
    long[] counts = new long[HISTOGRAM_BINS];
    for (int trial = 0; trial < results.trials(); trial++) {
      int bin = (int) Math.min(HISTOGRAM_BINS - 1, (results.netCost(trial) - min) / width);
      counts[bin]++;
    }
    ArrayNode histogram = data.putArray("histogram");
    for (int bin = 0; bin < HISTOGRAM_BINS; bin++) {
      ArrayNode point = histogram.addArray();
      point.add(ReportText.chartMillions(min + bin * width + width / 2));
      point.add(counts[bin]);
    }
    data.put("binWidthMillions", ReportText.chartMillions(width));
  }

  private static void curve(ArrayNode into, List<ReturnPeriod> points) {
    for (ReturnPeriod point : points) {
      into.addArray().add(point.years()).add(ReportText.chartMillions(point.value()));
    }
  }

  /** The trial counts of the convergence chart for a run of {@code n} trials, ascending. */
  static int[] convergenceCounts(int n) {
    int first = Math.min(n, CONVERGENCE_MIN_TRIALS);
    return java.util.stream.IntStream.rangeClosed(1, CONVERGENCE_POINTS)
        .map(k -> (int) ((long) n * k / CONVERGENCE_POINTS))
        .filter(m -> m >= first)
        .distinct()
        .toArray();
  }

  /**
   * The mean and VaR 99.5 % of the first m trials with their 95 % intervals, for the counts of
   * {@link #convergenceCounts}: each computed exactly as the run's own figures are.
   */
  private static void convergence(ArrayNode into, long[] net, int batches) {
    for (int m : convergenceCounts(net.length)) {
      long[] first = Arrays.copyOf(net, m);
      TrialRanking ranking = TrialRanking.of(first);
      Distribution d = Distribution.of(first, ranking);
      CostIntervals intervals = CostIntervals.of(first, d, ranking, batches);
      ObjectNode point = into.addObject();
      point.put("trials", m);
      point.put("mean", ReportText.chartMillions(d.mean().roundHalfEven()));
      bounds(point, "mean", intervals.mean());
      point.put("var", ReportText.chartMillions(d.var995().value()));
      bounds(point, "var", intervals.var995());
    }
  }

  private static void bounds(ObjectNode point, String key, Interval interval) {
    Optional<BigDecimal> lower = interval.lower();
    Optional<BigDecimal> upper = interval.upper();
    if (lower.isPresent()) {
      point.put(key + "Lo", ReportText.chartMillions(lower.get()));
    } else {
      point.putNull(key + "Lo");
    }
    if (upper.isPresent()) {
      point.put(key + "Hi", ReportText.chartMillions(upper.get()));
    } else {
      point.putNull(key + "Hi");
    }
  }
}
