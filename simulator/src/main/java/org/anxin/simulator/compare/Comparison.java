package org.anxin.simulator.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.anxin.simulator.stats.Distribution;

/**
 * Two runs side by side: the deltas B − A of their headline figures, an interval for the mean's
 * delta, the change per guarantee, and the warnings a reader must see before trusting the deltas.
 * Amounts are fen.
 *
 * @param a the baseline run
 * @param b the run compared with it (a stress, a new catalog)
 * @param sameDirectory whether both name the same directory
 * @param meanDelta B's mean minus A's mean, from their summaries (exact to the fen)
 * @param meanInterval the 95 % interval of the mean's delta
 * @param var995Delta B's VaR 99.5 % minus A's (no interval: see docs/compare.md)
 * @param tvar995Delta B's TVaR 99.5 % minus A's (no interval: see docs/compare.md)
 * @param guarantees the change per guarantee, in A's order then any of B's alone
 * @param warnings one sentence each, in a fixed order
 */
public record Comparison(
    RunFigures a,
    RunFigures b,
    boolean sameDirectory,
    long meanDelta,
    DeltaInterval meanInterval,
    long var995Delta,
    long tvar995Delta,
    List<GuaranteeChange> guarantees,
    List<String> warnings) {

  /** The normal quantile of a two-sided 95 % interval, as the runs' own intervals use. */
  static final BigDecimal Z95 = new BigDecimal("1.96");

  private static final MathContext PRECISION = MathContext.DECIMAL128;

  /** Copies the lists. */
  public Comparison {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(meanInterval, "meanInterval");
    guarantees = List.copyOf(guarantees);
    warnings = List.copyOf(warnings);
  }

  /**
   * How the mean's delta interval was computed.
   *
   * @param method {@code paired} (common random numbers: the trials' differences) or {@code
   *     independent} (√(se_A² + se_B²))
   * @param centre the centre: the mean of the per-trial differences when paired, else the delta of
   *     the means
   * @param standardError the delta's standard error, fen, or null with one trial
   * @param lower centre − 1.96 standard errors, or null with one trial
   * @param upper centre + 1.96 standard errors, or null with one trial
   */
  public record DeltaInterval(
      String method, long centre, Long standardError, Long lower, Long upper) {}

  /**
   * One guarantee in both runs; a guarantee a run does not list counts as zero there.
   *
   * @param code the catalog code
   * @param meanA its mean cost in A
   * @param meanB its mean cost in B
   * @param tailA its contribution to A's TVaR 99.5 %
   * @param tailB its contribution to B's TVaR 99.5 %
   */
  public record GuaranteeChange(String code, long meanA, long meanB, long tailA, long tailB) {

    /**
     * The change of the mean cost.
     *
     * @return B − A, fen
     */
    public long meanDelta() {
      return meanB - meanA;
    }

    /**
     * The change of the tail contribution.
     *
     * @return B − A, fen
     */
    public long tailDelta() {
      return tailB - tailA;
    }
  }

  /**
   * Compares two runs.
   *
   * @param a the baseline
   * @param b the run compared with it
   * @param sameDirectory whether the user named one directory twice
   * @return the comparison
   */
  public static Comparison of(RunFigures a, RunFigures b, boolean sameDirectory) {
    RunFigures.Identity ia = a.identity();
    RunFigures.Identity ib = b.identity();
    boolean paired =
        ia.seed() == ib.seed()
            && ia.trials() == ib.trials()
            && ia.dealsPerTrial() == ib.dealsPerTrial()
            && ia.sampling().equals(ib.sampling())
            && a.netCosts().size() == b.netCosts().size();
    long meanDelta = b.mean().value() - a.mean().value();
    DeltaInterval interval = paired ? paired(a.netCosts(), b.netCosts()) : independent(a, b);
    return new Comparison(
        a,
        b,
        sameDirectory,
        meanDelta,
        interval,
        b.var995().value() - a.var995().value(),
        b.tvar995().value() - a.tvar995().value(),
        guarantees(a, b),
        warnings(a, b, sameDirectory, paired));
  }

  /** Common random numbers: the interval of the mean of the per-trial differences. */
  static DeltaInterval paired(TrialCosts a, TrialCosts b) {
    long[] differences = new long[a.size()];
    for (int i = 0; i < differences.length; i++) {
      differences[i] = Math.subtractExact(b.get(i), a.get(i));
    }
    Distribution d = Distribution.of(differences);
    long centre = d.mean().roundHalfEven();
    BigDecimal se = d.standardError().orElse(null);
    return interval("paired", centre, se);
  }

  /** Independent runs: the standard errors add in quadrature. */
  static DeltaInterval independent(RunFigures a, RunFigures b) {
    BigDecimal seA = BigDecimal.valueOf(a.standardError());
    BigDecimal seB = BigDecimal.valueOf(b.standardError());
    BigDecimal se =
        a.netCosts().size() < 2 || b.netCosts().size() < 2
            ? null
            : seA.pow(2).add(seB.pow(2)).sqrt(PRECISION);
    return interval("independent", b.mean().value() - a.mean().value(), se);
  }

  private static DeltaInterval interval(String method, long centre, BigDecimal se) {
    if (se == null) {
      return new DeltaInterval(method, centre, null, null, null);
    }
    long half = Z95.multiply(se).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    long rounded = se.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    return new DeltaInterval(method, centre, rounded, centre - half, centre + half);
  }

  private static List<GuaranteeChange> guarantees(RunFigures a, RunFigures b) {
    Map<String, long[]> byCode = new LinkedHashMap<>();
    for (RunFigures.GuaranteeFigures g : a.guarantees()) {
      long[] row = byCode.computeIfAbsent(g.code(), k -> new long[4]);
      row[0] = g.meanCost();
      row[2] = g.tailContribution();
    }
    for (RunFigures.GuaranteeFigures g : b.guarantees()) {
      long[] row = byCode.computeIfAbsent(g.code(), k -> new long[4]);
      row[1] = g.meanCost();
      row[3] = g.tailContribution();
    }
    List<GuaranteeChange> changes = new ArrayList<>(byCode.size());
    byCode.forEach((code, r) -> changes.add(new GuaranteeChange(code, r[0], r[1], r[2], r[3])));
    return changes;
  }

  private static List<String> warnings(
      RunFigures a, RunFigures b, boolean sameDirectory, boolean paired) {
    RunFigures.Identity ia = a.identity();
    RunFigures.Identity ib = b.identity();
    List<String> warnings = new ArrayList<>();
    if (sameDirectory) {
      warnings.add("A and B are the same run directory: every delta is zero");
    }
    if (!ia.catalogId().equals(ib.catalogId())) {
      warnings.add(
          "the runs used different catalogs: A "
              + ia.catalogId()
              + " "
              + ia.catalogVersion()
              + ", B "
              + ib.catalogId()
              + " "
              + ib.catalogVersion());
    } else if (!ia.catalogVersion().equals(ib.catalogVersion())) {
      warnings.add(
          "the runs used different versions of catalog "
              + ia.catalogId()
              + ": A "
              + ia.catalogVersion()
              + ", B "
              + ib.catalogVersion());
    }
    String unpaired =
        "; the mean delta is not paired (its interval treats the runs as independent)";
    if (ia.seed() != ib.seed()) {
      warnings.add("the runs used different seeds: A " + ia.seed() + ", B " + ib.seed() + unpaired);
    }
    if (ia.trials() != ib.trials()) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "the runs have different trial counts: A %,d, B %,d%s",
              ia.trials(),
              ib.trials(),
              paired ? "" : unpaired));
    }
    if (ia.dealsPerTrial() != ib.dealsPerTrial()
        && ia.seed() == ib.seed()
        && ia.trials() == ib.trials()) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "the runs' books differ in size: A %,d deals, B %,d%s",
              ia.dealsPerTrial(),
              ib.dealsPerTrial(),
              unpaired));
    }
    if (!ia.sampling().equals(ib.sampling())
        && ia.seed() == ib.seed()
        && ia.trials() == ib.trials()
        && ia.dealsPerTrial() == ib.dealsPerTrial()) {
      // A stratified run's trial i has another market factor than a plain run's trial i.
      warnings.add(
          "the runs drew their market factors differently (--sampling): A "
              + ia.sampling()
              + ", B "
              + ib.sampling()
              + unpaired);
    }
    if (ia.years() != ib.years()) {
      warnings.add(
          "the runs' paths have different lengths (--years): A "
              + ia.years()
              + ", B "
              + ib.years()
              + "; the comparison is of the first year");
    }
    return warnings;
  }

  /**
   * Whether the mean's delta interval pairs the trials.
   *
   * @return true when A and B share seed, trial count, book size and sampling design
   */
  public boolean paired() {
    return "paired".equals(meanInterval.method());
  }
}
