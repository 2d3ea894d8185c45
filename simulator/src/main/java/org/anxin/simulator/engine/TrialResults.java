package org.anxin.simulator.engine;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.anxin.guarantees.catalog.GuaranteeCode;

/**
 * What every trial of a run came to, indexed by trial: the statistics are computed from these after
 * all trials, never from sums merged in completion order. Amounts in fen. Memory is a few hundred
 * bytes per trial (the monthly cash profile is most of it), independent of the book's size.
 */
// Indexed by ordinal: flat primitive arrays for the allocation-free hot loop.
@SuppressWarnings("EnumOrdinal")
public final class TrialResults implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int GUARANTEES = GuaranteeCode.values().length;

  final int trials;

  /** The run's index of this object's first trial: 0, or a range's start ({@link #concat}). */
  final int firstTrial;

  /** Compensations + refunds + buy-back losses + advances written off. */
  final long[] netCost;

  /** Cash of paid compensations, advances and buy-backs (refunds excluded). */
  final long[] grossPaid;

  /** Compensations paid (per-report claims included): neither advances, buy-backs nor refunds. */
  final long[] compensations;

  final long[] refunds;
  final long[] advanced;
  final long[] recovered;
  final long[] writtenOff;
  final long[] peakOutstanding;

  /** The price paid for bought-back homes (part of the gross paid). */
  final long[] boughtBack;

  /** What the bought-back homes lost on their resale: the buy-backs' part of the net cost. */
  final long[] buyBackLoss;

  final int[] payouts;

  /** Incidents struck in the trial (deal events of any risk), for throughput figures. */
  final int[] incidents;

  /** Net cost per guarantee: {@code [guarantee ordinal][trial]}. */
  final long[][] costByGuarantee;

  /** Paid claims per guarantee: {@code [guarantee ordinal][trial]}. */
  final int[][] countByGuarantee;

  /** The first month of the cash profile: January of the simulated year. */
  private final YearMonth profileStart;

  /** Cash paid per month of the profile: {@code [month][trial]}. */
  final long[][] cashOutByMonth;

  /** What is outstanding at the end of each month of the profile: {@code [month][trial]}. */
  final long[][] outstandingByMonth;

  /** Every year of every trial's path; the first year's columns are this object's own. */
  private final PathResults path;

  /** How the trials' market factors were drawn; set by the engine that fills these results. */
  private Sampling sampling = Sampling.plain();

  TrialResults(
      int trials,
      YearMonth profileStart,
      int profileMonths,
      int[] calendarYears,
      long[] dealsPerYear) {
    this(0, trials, profileStart, profileMonths, calendarYears, dealsPerYear);
  }

  TrialResults(
      int firstTrial,
      int trials,
      YearMonth profileStart,
      int profileMonths,
      int[] calendarYears,
      long[] dealsPerYear) {
    this.firstTrial = firstTrial;
    this.trials = trials;
    this.profileStart = profileStart;
    cashOutByMonth = new long[profileMonths][trials];
    outstandingByMonth = new long[profileMonths][trials];
    netCost = new long[trials];
    grossPaid = new long[trials];
    compensations = new long[trials];
    refunds = new long[trials];
    advanced = new long[trials];
    recovered = new long[trials];
    writtenOff = new long[trials];
    peakOutstanding = new long[trials];
    boughtBack = new long[trials];
    buyBackLoss = new long[trials];
    payouts = new int[trials];
    incidents = new int[trials];
    costByGuarantee = new long[GUARANTEES][trials];
    countByGuarantee = new int[GUARANTEES][trials];
    path = new PathResults(this, calendarYears, dealsPerYear);
  }

  /** How the run drew its trials' market factors: plain, or stratified in batches. */
  public Sampling sampling() {
    return sampling;
  }

  void sampledBy(Sampling design) {
    this.sampling = design;
  }

  /** The run's index of this object's first trial (0 unless it holds a range of a run). */
  public int firstTrial() {
    return firstTrial;
  }

  /**
   * The results of consecutive trial ranges of one run ({@link MonteCarloEngine#runRange}), in
   * order from trial 0, as one: the same arrays, value for value, as the run of all the trials at
   * once, so every statistic and file computed from them is the same to the byte.
   *
   * @throws IllegalArgumentException when the parts are empty, not consecutive from 0, or not of
   *     one run (years, calendar years, deals, cash profile)
   */
  public static TrialResults concat(List<TrialResults> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no trial ranges");
    }
    TrialResults first = parts.get(0);
    PathResults firstPath = first.path;
    int total = 0;
    for (TrialResults part : parts) {
      if (part.firstTrial != total) {
        throw new IllegalArgumentException(
            "trial ranges must be consecutive from 0: one starts at "
                + part.firstTrial
                + ", expected "
                + total);
      }
      if (!part.profileStart.equals(first.profileStart)
          || part.cashOutByMonth.length != first.cashOutByMonth.length
          || !Arrays.equals(part.path.calendarYears, firstPath.calendarYears)
          || !Arrays.equals(part.path.dealsPerYear, firstPath.dealsPerYear)) {
        throw new IllegalArgumentException("trial ranges of different runs");
      }
      if (!part.sampling.equals(first.sampling)) {
        throw new IllegalArgumentException("trial ranges of different sampling designs");
      }
      total = Math.addExact(total, part.trials);
    }
    TrialResults all =
        new TrialResults(
            0,
            total,
            first.profileStart,
            first.cashOutByMonth.length,
            firstPath.calendarYears,
            firstPath.dealsPerYear);
    all.sampling = first.sampling;
    for (TrialResults part : parts) {
      int at = part.firstTrial;
      int n = part.trials;
      copy(part.netCost, all.netCost, at, n);
      copy(part.grossPaid, all.grossPaid, at, n);
      copy(part.compensations, all.compensations, at, n);
      copy(part.refunds, all.refunds, at, n);
      copy(part.advanced, all.advanced, at, n);
      copy(part.recovered, all.recovered, at, n);
      copy(part.writtenOff, all.writtenOff, at, n);
      copy(part.peakOutstanding, all.peakOutstanding, at, n);
      copy(part.boughtBack, all.boughtBack, at, n);
      copy(part.buyBackLoss, all.buyBackLoss, at, n);
      System.arraycopy(part.payouts, 0, all.payouts, at, n);
      System.arraycopy(part.incidents, 0, all.incidents, at, n);
      for (int g = 0; g < GUARANTEES; g++) {
        copy(part.costByGuarantee[g], all.costByGuarantee[g], at, n);
        System.arraycopy(part.countByGuarantee[g], 0, all.countByGuarantee[g], at, n);
      }
      for (int m = 0; m < all.cashOutByMonth.length; m++) {
        copy(part.cashOutByMonth[m], all.cashOutByMonth[m], at, n);
        copy(part.outstandingByMonth[m], all.outstandingByMonth[m], at, n);
      }
      all.path.copyLaterYears(part.path, at, n);
    }
    return all;
  }

  private static void copy(long[] from, long[] to, int at, int n) {
    System.arraycopy(from, 0, to, at, n);
  }

  /** Every year of every trial's path: one year unless the run simulated a programme. */
  public PathResults path() {
    return path;
  }

  public int trials() {
    return trials;
  }

  public long netCost(int trial) {
    return netCost[trial];
  }

  public long grossPaid(int trial) {
    return grossPaid[trial];
  }

  public long refunds(int trial) {
    return refunds[trial];
  }

  /** The compensations paid in {@code trial} (advances, buy-backs and refunds excluded), in fen. */
  public long compensations(int trial) {
    return compensations[trial];
  }

  /**
   * All the cash {@code trial} paid out, on every day of it (not only the profile's months), in
   * fen: compensations, advances, buy-backs and refunds, i.e. the gross paid plus the refunds.
   */
  public long totalCashOut(int trial) {
    return grossPaid[trial] + refunds[trial];
  }

  public long advanced(int trial) {
    return advanced[trial];
  }

  public long recovered(int trial) {
    return recovered[trial];
  }

  public long writtenOff(int trial) {
    return writtenOff[trial];
  }

  public long peakOutstanding(int trial) {
    return peakOutstanding[trial];
  }

  /** The price paid for the homes bought back in {@code trial}, in fen. */
  public long boughtBack(int trial) {
    return boughtBack[trial];
  }

  /** What the homes bought back in {@code trial} lost on their resale, in fen. */
  public long buyBackLoss(int trial) {
    return buyBackLoss[trial];
  }

  public int payouts(int trial) {
    return payouts[trial];
  }

  /**
   * Incidents struck in {@code trial}, over every year of its path: what the engine's cost follows.
   */
  public int incidents(int trial) {
    return incidents[trial];
  }

  /** Incidents struck over all trials. */
  public long totalIncidents() {
    long total = 0;
    for (int count : incidents) {
      total += count;
    }
    return total;
  }

  public long cost(GuaranteeCode code, int trial) {
    return costByGuarantee[code.ordinal()][trial];
  }

  public int count(GuaranteeCode code, int trial) {
    return countByGuarantee[code.ordinal()][trial];
  }

  /** A copy of the net cost of every trial, in fen. */
  public long[] netCosts() {
    return netCost.clone();
  }

  /** A copy of one column, in fen, for the statistics. */
  public long[] column(Column column) {
    return switch (column) {
      case NET_COST -> netCost.clone();
      case GROSS_PAID -> grossPaid.clone();
      case REFUNDS -> refunds.clone();
      case ADVANCED -> advanced.clone();
      case RECOVERED -> recovered.clone();
      case WRITTEN_OFF -> writtenOff.clone();
      case PEAK_OUTSTANDING -> peakOutstanding.clone();
      case PAYOUTS -> Arrays.stream(payouts).asLongStream().toArray();
    };
  }

  /** A copy of a guarantee's net cost per trial, in fen. */
  public long[] costs(GuaranteeCode code) {
    return costByGuarantee[code.ordinal()].clone();
  }

  /** The months of the cash profile, from January of the simulated year. */
  public List<YearMonth> profileMonths() {
    List<YearMonth> months = new ArrayList<>();
    for (int m = 0; m < cashOutByMonth.length; m++) {
      months.add(profileStart.plusMonths(m));
    }
    return months;
  }

  /** A copy of the cash paid in month {@code month} of the profile, per trial, in fen. */
  public long[] cashOut(int month) {
    return cashOutByMonth[month].clone();
  }

  /** A copy of what is outstanding at the end of month {@code month}, per trial, in fen. */
  public long[] outstanding(int month) {
    return outstandingByMonth[month].clone();
  }

  /** A copy of a guarantee's paid claims per trial. */
  public long[] counts(GuaranteeCode code) {
    return Arrays.stream(countByGuarantee[code.ordinal()]).asLongStream().toArray();
  }

  /** The per-trial figures of a run. */
  public enum Column {
    NET_COST,
    GROSS_PAID,
    REFUNDS,
    ADVANCED,
    RECOVERED,
    WRITTEN_OFF,
    PEAK_OUTSTANDING,
    PAYOUTS
  }
}
