package org.anxin.simulator.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.simulator.engine.Sampling;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.simulator.scenario.Programme;
import org.anxin.simulator.stats.BatchIntervals;
import org.anxin.simulator.stats.Convergence;
import org.anxin.simulator.stats.CostIntervals;
import org.anxin.simulator.stats.Distribution;
import org.anxin.simulator.stats.ExactMean;
import org.anxin.simulator.stats.Interval;
import org.anxin.simulator.stats.Quantile;
import org.anxin.simulator.stats.ReturnPeriod;
import org.anxin.simulator.stats.TailSummary;
import org.anxin.simulator.stats.TrialRanking;
import org.anxin.simulator.stats.Yuan;

/**
 * The statistics of a run, computed from the trial-indexed results after all trials, with the
 * conventions of {@code docs/statistics.md}. The same object feeds {@code summary.json}, the table
 * the CLI prints and the HTML report, so they can never disagree.
 *
 * @param scenario the scenario's name
 * @param seed the run's seed
 * @param catalogId the catalog's id
 * @param catalogVersion the catalog's version
 * @param dealsPerTrial the book's size
 * @param netCost the distribution of the yearly net cost
 * @param grossPaid the distribution of the yearly gross paid
 * @param payouts the distribution of the yearly number of payouts
 * @param refunds the distribution of the yearly commission refunds
 * @param advanced the distribution of the yearly amount advanced
 * @param recovered the distribution of the yearly amount recovered
 * @param writtenOff the distribution of the yearly amount written off
 * @param peakOutstanding the distribution of the trial's peak outstanding: advances not yet
 *     recovered or written off and bought-back homes not yet resold
 * @param tail the worst trials of the net cost and each guarantee's contribution to them
 * @param guarantees per guarantee, in catalog-code order
 * @param netCostIntervals the 95 % intervals of the net cost's mean, VaR and TVaR
 * @param convergence the net cost's distribution over the first 1,000, 2,000, 5,000, … trials
 * @param cashProfile month by month from January of the simulated year: cash paid and outstanding
 * @param programme the paths' statistics when the run simulated several years, else empty
 * @param sampling how the run drew its market factors; a stratified run's standard errors and
 *     intervals come from its batches
 */
public record Summary(
    String scenario,
    long seed,
    String catalogId,
    String catalogVersion,
    long dealsPerTrial,
    Distribution netCost,
    Distribution grossPaid,
    Distribution payouts,
    Distribution refunds,
    Distribution advanced,
    Distribution recovered,
    Distribution writtenOff,
    Distribution peakOutstanding,
    TailSummary tail,
    List<GuaranteeLine> guarantees,
    CostIntervals netCostIntervals,
    List<Distribution> convergence,
    List<CashMonth> cashProfile,
    Optional<ProgrammeSummary> programme,
    Sampling sampling) {

  /**
   * Trials beyond the 99.5 % quantile below which the run is too short for its tail: with fewer
   * than 50, VaR and TVaR 99.5 % rest on a handful of years (under 10,000 trials).
   */
  public static final int ENOUGH_TAIL_TRIALS = 50;

  /** The trials that leave {@link #ENOUGH_TAIL_TRIALS} beyond the 99.5 % quantile: 10,000. */
  public static final int ENOUGH_TRIALS =
      BigDecimal.valueOf(ENOUGH_TAIL_TRIALS)
          .divide(BigDecimal.ONE.subtract(Distribution.TAIL_LEVEL))
          .intValueExact();

  /** Defensive copies keep the record immutable. */
  public Summary {
    guarantees = List.copyOf(guarantees);
    convergence = List.copyOf(convergence);
    cashProfile = List.copyOf(cashProfile);
  }

  /**
   * One month of the cash profile, over the trials.
   *
   * @param month the calendar month
   * @param cashOut the mean cash paid in the month (every payout kind, refunds included), fen
   * @param cashOutQ995 its 99.5 % quantile, fen
   * @param outstanding the mean outstanding at the month's end, fen
   * @param outstandingQ995 its 99.5 % quantile, fen
   */
  public record CashMonth(
      YearMonth month,
      ExactMean cashOut,
      long cashOutQ995,
      ExactMean outstanding,
      long outstandingQ995) {

    static CashMonth of(YearMonth month, long[] cashOut, long[] outstanding) {
      return new CashMonth(
          month,
          meanOf(cashOut),
          TrialRanking.of(cashOut).quantile(Distribution.TAIL_LEVEL).value(),
          meanOf(outstanding),
          TrialRanking.of(outstanding).quantile(Distribution.TAIL_LEVEL).value());
    }
  }

  /**
   * One guarantee's share of the run.
   *
   * @param code the guarantee
   * @param meanCost its mean yearly net cost, fen
   * @param meanCount its mean yearly number of paid claims
   * @param tailContribution its mean net cost over the worst trials of the total (co-TVaR), fen
   */
  public record GuaranteeLine(
      GuaranteeCode code, ExactMean meanCost, ExactMean meanCount, ExactMean tailContribution) {}

  /** Computes the summary of {@code results}. */
  public static Summary of(
      String scenario, long seed, Catalog catalog, long dealsPerTrial, TrialResults results) {
    return of(scenario, seed, catalog, dealsPerTrial, results, null);
  }

  /**
   * Computes the summary of {@code results}, with the programme statistics when its paths have more
   * than one year ({@code programme} then gives their growth and persistence).
   */
  public static Summary of(
      String scenario,
      long seed,
      Catalog catalog,
      long dealsPerTrial,
      TrialResults results,
      Programme programme) {
    long[] net = results.column(TrialResults.Column.NET_COST);
    TrialRanking ranking = TrialRanking.of(net);
    GuaranteeCode[] codes = GuaranteeCode.values();
    long[][] components = new long[codes.length][];
    for (int g = 0; g < codes.length; g++) {
      components[g] = results.costs(codes[g]);
    }
    TailSummary tail = TailSummary.of(ranking, components, Distribution.TAIL_LEVEL);
    List<GuaranteeLine> lines = new ArrayList<>();
    for (int g = 0; g < codes.length; g++) {
      lines.add(
          new GuaranteeLine(
              codes[g],
              meanOf(components[g]),
              meanOf(results.counts(codes[g])),
              tail.contributions().get(g)));
    }
    Sampling sampling = results.sampling();
    int batches = sampling.batches();
    Distribution plainNetCost = Distribution.of(net, ranking);
    Distribution netCost =
        batches > 1
            ? plainNetCost.withStandardError(BatchIntervals.meanStandardError(net, batches))
            : plainNetCost;
    List<CashMonth> cash = new ArrayList<>();
    List<YearMonth> months = results.profileMonths();
    for (int m = 0; m < months.size(); m++) {
      cash.add(CashMonth.of(months.get(m), results.cashOut(m), results.outstanding(m)));
    }
    return new Summary(
        scenario,
        seed,
        catalog.id(),
        catalog.version(),
        dealsPerTrial,
        netCost,
        distribution(results.column(TrialResults.Column.GROSS_PAID), batches),
        distribution(results.column(TrialResults.Column.PAYOUTS), batches),
        distribution(results.column(TrialResults.Column.REFUNDS), batches),
        distribution(results.column(TrialResults.Column.ADVANCED), batches),
        distribution(results.column(TrialResults.Column.RECOVERED), batches),
        distribution(results.column(TrialResults.Column.WRITTEN_OFF), batches),
        distribution(results.column(TrialResults.Column.PEAK_OUTSTANDING), batches),
        tail,
        lines,
        CostIntervals.of(net, netCost, ranking, batches),
        Convergence.of(net, netCost, batches),
        cash,
        results.path().years() > 1 && programme != null
            ? Optional.of(
                ProgrammeSummary.of(
                    results.path(), programme.growth(), programme.persistence(), batches))
            : Optional.empty(),
        sampling);
  }

  /** Whether the run is too short for the tail it reports (fewer than 50 trials beyond it). */
  public boolean tooShortForItsTail() {
    return tail.tailTrials() < ENOUGH_TAIL_TRIALS;
  }

  /**
   * The distribution of {@code values}; in a run of {@code batches} batches (stratified) with its
   * mean's standard error from them.
   */
  private static Distribution distribution(long[] values, int batches) {
    Distribution d = Distribution.of(values);
    return batches > 1 ? d.withStandardError(BatchIntervals.meanStandardError(values, batches)) : d;
  }

  /** The exact mean of {@code values}, summed without overflow. */
  static ExactMean meanOf(long[] values) {
    long sum = 0;
    for (long value : values) {
      sum = Math.addExact(sum, value);
    }
    return ExactMean.of(sum, values.length);
  }

  /** The number of trials. */
  public int trials() {
    return netCost.trials();
  }

  /** The guarantee's share of the mean net cost, 0 when the mean is 0. */
  public BigDecimal shareOfMean(GuaranteeLine line) {
    BigDecimal total = netCost.mean().toBigDecimal(10);
    if (total.signum() == 0) {
      return BigDecimal.ZERO.setScale(4);
    }
    return line.meanCost().toBigDecimal(10).divide(total, 4, RoundingMode.HALF_EVEN);
  }

  /** {@code summary.json}: every amount in yuan with 2 decimals, no timestamps. */
  public ObjectNode toJson() {
    // Exact: keep the 2 decimals of every amount (no stripping of trailing zeros).
    JsonNodeFactory json = new JsonNodeFactory(true);
    ObjectNode root = json.objectNode();
    root.put("scenario", scenario);
    root.put("seed", seed);
    root.put("trials", trials());
    ObjectNode catalog = root.putObject("catalog");
    catalog.put("id", catalogId);
    catalog.put("version", catalogVersion);
    root.put("dealsPerTrial", dealsPerTrial);
    if (sampling.stratified()) {
      // Only a stratified run says so: a plain run's summary.json is what it always was.
      ObjectNode design = root.putObject("sampling");
      design.put("marketFactor", sampling.label());
      design.put("batches", sampling.batches());
      design.put(
          "intervals", "from the batches, Student t with " + (sampling.batches() - 1) + " df");
    }
    root.put("payoutsPerTrial", payouts.mean().toBigDecimal(2));
    ObjectNode gross = root.putObject("grossPaid");
    gross.put("mean", Yuan.of(grossPaid.mean()));
    gross.set("standardError", yuanOrNull(json, grossPaid.standardError().orElse(null)));
    root.set("annualCost", costJson(json));
    ArrayNode byGuarantee = root.putArray("byGuarantee");
    for (GuaranteeLine line : guarantees) {
      ObjectNode node = byGuarantee.addObject();
      node.put("guarantee", line.code().name());
      node.put("meanCost", Yuan.of(line.meanCost()));
      node.put("meanCount", line.meanCount().toBigDecimal(2));
      node.put("shareOfMean", shareOfMean(line));
      node.put("tailContribution", Yuan.of(line.tailContribution()));
    }
    ObjectNode advances = root.putObject("advances");
    advances.put("advanced", Yuan.of(advanced.mean()));
    advances.put("recovered", Yuan.of(recovered.mean()));
    advances.put("writtenOff", Yuan.of(writtenOff.mean()));
    root.putObject("refunds").put("mean", Yuan.of(refunds.mean()));
    ObjectNode cash = root.putObject("cash");
    ObjectNode peak = cash.putObject("peakOutstanding");
    peak.put("mean", Yuan.of(peakOutstanding.mean()));
    peak.put("q995", Yuan.of(peakOutstanding.var995().value()));
    ArrayNode months = cash.putArray("months");
    for (CashMonth month : cashProfile) {
      ObjectNode node = months.addObject();
      node.put("month", month.month().toString());
      ObjectNode out = node.putObject("cashOut");
      out.put("mean", Yuan.of(month.cashOut()));
      out.put("q995", Yuan.of(month.cashOutQ995()));
      ObjectNode held = node.putObject("outstanding");
      held.put("mean", Yuan.of(month.outstanding()));
      held.put("q995", Yuan.of(month.outstandingQ995()));
    }
    programme.ifPresent(p -> root.set("programme", programmeJson(json, p)));
    ArrayNode points = root.putArray("convergence");
    for (Distribution point : convergence) {
      ObjectNode node = points.addObject();
      node.put("trials", point.trials());
      node.put("mean", Yuan.of(point.mean()));
      node.set("standardError", yuanOrNull(json, point.standardError().orElse(null)));
      node.put("var995", Yuan.of(point.var995().value()));
      node.put("tvar995", Yuan.of(point.tvar995()));
    }
    return root;
  }

  private static ObjectNode programmeJson(JsonNodeFactory json, ProgrammeSummary p) {
    ObjectNode node = json.objectNode();
    node.put("years", p.years());
    node.put("growth", p.growth());
    node.put("persistence", p.persistence());
    ArrayNode years = node.putArray("perYear");
    for (ProgrammeSummary.YearLine line : p.perYear()) {
      ObjectNode year = years.addObject();
      year.put("year", line.year());
      year.put("deals", line.deals());
      year.put("payouts", line.payouts().toBigDecimal(2));
      year.put("grossPaid", Yuan.of(line.grossPaid()));
      year.put("netCost", Yuan.of(line.netCost().mean()));
      year.put("netCostVar995", Yuan.of(line.netCost().var995().value()));
    }
    ObjectNode cumulative = node.putObject("cumulative");
    cumulative.put("payouts", p.cumulativePayouts().toBigDecimal(2));
    cumulative.put("grossPaid", Yuan.of(p.cumulativeGrossPaid()));
    ObjectNode cost = cumulative.putObject("netCost");
    Distribution total = p.cumulativeNetCost();
    cost.put("mean", Yuan.of(total.mean()));
    cost.set("standardError", yuanOrNull(json, total.standardError().orElse(null)));
    cost.put("var995", Yuan.of(total.var995().value()));
    cost.put("tvar995", Yuan.of(total.tvar995()));
    ObjectNode intervals = cost.putObject("intervals");
    intervals.set("mean", intervalJson(json, p.cumulativeIntervals().mean()));
    intervals.set("var995", intervalJson(json, p.cumulativeIntervals().var995()));
    intervals.set("tvar995", intervalJson(json, p.cumulativeIntervals().tvar995()));
    ObjectNode peak = node.putObject("peakOutstanding");
    peak.put("mean", Yuan.of(p.pathPeak().mean()));
    peak.put("var995", Yuan.of(p.pathPeak().var995().value()));
    peak.put("tvar995", Yuan.of(p.pathPeak().tvar995()));
    return node;
  }

  private ObjectNode costJson(JsonNodeFactory json) {
    ObjectNode cost = json.objectNode();
    cost.put("mean", Yuan.of(netCost.mean()));
    cost.set("standardError", yuanOrNull(json, netCost.standardError().orElse(null)));
    cost.set("stdDev", yuanOrNull(json, netCost.stdDev().orElse(null)));
    ObjectNode quantiles = cost.putObject("quantiles");
    for (Quantile quantile : netCost.quantiles()) {
      quantiles.put(quantile.level().toPlainString(), Yuan.of(quantile.value()));
    }
    cost.put("var995", Yuan.of(netCost.var995().value()));
    cost.put("tvar995", Yuan.of(netCost.tvar995()));
    cost.put("tailTrials", tail.tailTrials());
    ObjectNode intervals = cost.putObject("intervals");
    intervals.set("mean", intervalJson(json, netCostIntervals.mean()));
    intervals.set("var995", intervalJson(json, netCostIntervals.var995()));
    intervals.set("tvar995", intervalJson(json, netCostIntervals.tvar995()));
    ArrayNode exceedance = cost.putArray("exceedance");
    for (ReturnPeriod point : netCost.exceedance()) {
      ObjectNode node = exceedance.addObject();
      node.put("returnPeriod", point.years());
      node.put("cost", Yuan.of(point.value()));
    }
    return cost;
  }

  private static ObjectNode intervalJson(JsonNodeFactory json, Interval interval) {
    ObjectNode node = json.objectNode();
    node.put("level", interval.level());
    node.set("lower", yuanOrNull(json, interval.lower().orElse(null)));
    node.set("upper", yuanOrNull(json, interval.upper().orElse(null)));
    return node;
  }

  private static JsonNode yuanOrNull(JsonNodeFactory json, BigDecimal fen) {
    return fen == null ? json.nullNode() : json.numberNode(Yuan.of(fen));
  }
}
