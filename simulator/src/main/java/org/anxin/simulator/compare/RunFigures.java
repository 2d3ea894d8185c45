package org.anxin.simulator.compare;

import java.util.List;
import java.util.Objects;

/**
 * What a comparison needs of one run, read back from its {@code summary.json} and {@code
 * trials.csv}. Amounts are fen.
 *
 * @param directory the run directory as the user named it
 * @param identity which run it is
 * @param mean the mean yearly net cost with its 95 % interval
 * @param standardError the standard error of the mean; 0 for a run of one trial, which has none
 * @param var995 VaR 99.5 % with its 95 % interval
 * @param tvar995 TVaR 99.5 % with its 95 % interval
 * @param guarantees per guarantee, in {@code summary.json}'s order
 * @param exceedance the exceedance curve, in increasing return period
 * @param netCosts each trial's (first-year) net cost, in trial order, from {@code trials.csv}
 */
public record RunFigures(
    String directory,
    Identity identity,
    Estimate mean,
    long standardError,
    Estimate var995,
    Estimate tvar995,
    List<GuaranteeFigures> guarantees,
    List<ExceedancePoint> exceedance,
    TrialCosts netCosts) {

  /** Copies the lists. */
  public RunFigures {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(identity, "identity");
    guarantees = List.copyOf(guarantees);
    exceedance = List.copyOf(exceedance);
    Objects.requireNonNull(netCosts, "netCosts");
  }

  /**
   * Which run: what a reader must know to judge whether two runs compare.
   *
   * @param scenario the scenario's name
   * @param seed the random seed
   * @param trials the number of trials
   * @param years the years of each trial's path (1 for a one-year run)
   * @param dealsPerTrial the book's size
   * @param catalogId the guarantee catalog's id
   * @param catalogVersion the guarantee catalog's version
   * @param sampling how the run drew its market factors: {@code plain} or {@code stratified}
   */
  public record Identity(
      String scenario,
      long seed,
      int trials,
      int years,
      long dealsPerTrial,
      String catalogId,
      String catalogVersion,
      String sampling) {

    /** A plain run's identity. */
    public Identity(
        String scenario,
        long seed,
        int trials,
        int years,
        long dealsPerTrial,
        String catalogId,
        String catalogVersion) {
      this(scenario, seed, trials, years, dealsPerTrial, catalogId, catalogVersion, "plain");
    }
  }

  /**
   * An estimate and its 95 % interval; a bound the run could not give is null.
   *
   * @param value the estimate, fen
   * @param lower the interval's lower bound, fen, or null
   * @param upper the interval's upper bound, fen, or null
   */
  public record Estimate(long value, Long lower, Long upper) {}

  /**
   * One guarantee's figures.
   *
   * @param code the catalog code, e.g. {@code TRUE_LISTING}
   * @param meanCost its mean yearly net cost, fen
   * @param tailContribution its mean over the worst 0.5 % of years, fen
   */
  public record GuaranteeFigures(String code, long meanCost, long tailContribution) {}

  /**
   * One point of an exceedance curve.
   *
   * @param returnPeriod the return period in years
   * @param cost the yearly net cost exceeded once in that many years, fen
   */
  public record ExceedancePoint(int returnPeriod, long cost) {}
}
