package org.anxin.staffing.run;

import java.util.List;
import org.anxin.staffing.arrivals.IncidentLog;
import org.anxin.staffing.model.StaffingModel;
import org.anxin.staffing.queue.MonthlyTally;
import org.anxin.staffing.queue.StaffPlan;

/**
 * What a staffing run produced: the monthly tally of every trial at every headcount, and each
 * trial's number of complaints.
 */
public final class StaffingResults {

  private final StaffingModel model;
  private final long seed;
  private final List<StaffPlan> plans;
  private final MonthlyTally[][] tallies;
  private final int[] complaints;
  private final IncidentLog claims;

  StaffingResults(
      StaffingModel model,
      long seed,
      List<StaffPlan> plans,
      MonthlyTally[][] tallies,
      int[] complaints,
      IncidentLog claims) {
    this.claims = claims;
    this.model = model;
    this.seed = seed;
    this.plans = List.copyOf(plans);
    this.tallies = tallies;
    this.complaints = complaints;
  }

  /** The compiled section. */
  public StaffingModel model() {
    return model;
  }

  /** The run's seed. */
  public long seed() {
    return seed;
  }

  /** The rosters, one per headcount, in sweep order. */
  public List<StaffPlan> plans() {
    return plans;
  }

  /** The trials. */
  public int trials() {
    return complaints.length;
  }

  /** The tally of {@code trial} at point {@code point} of the sweep. */
  public MonthlyTally tally(int point, int trial) {
    return tallies[point][trial];
  }

  /**
   * The liability run's claims (paid and rejected), by trial: what files the complaints. A run in
   * this process keeps every trial's; one assembled from a cluster's parts keeps the first trial's
   * only ({@link StaffingRun#assemble}).
   */
  public IncidentLog claims() {
    return claims;
  }

  /** The complaints of {@code trial}'s year. */
  public int complaints(int trial) {
    return complaints[trial];
  }
}
