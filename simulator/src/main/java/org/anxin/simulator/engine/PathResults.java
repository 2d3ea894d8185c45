package org.anxin.simulator.engine;

import java.io.Serializable;

/**
 * What every year of every trial's path came to, when a run simulates a programme of several years:
 * {@code [path year][trial]}, amounts in fen. The first year's arrays are the run's own {@link
 * TrialResults} columns, so a one-year run holds nothing twice.
 */
public final class PathResults implements Serializable {

  private static final long serialVersionUID = 1L;

  final int years;
  final int[] calendarYears;
  final long[] dealsPerYear;
  final long[][] netCost;
  final long[][] grossPaid;
  final long[][] refunds;
  final long[][] advanced;
  final long[][] recovered;
  final long[][] writtenOff;
  final int[][] payouts;

  /** Each year's market factor Z. */
  final double[][] marketFactor;

  /** The peak outstanding over the whole path, advances and homes carried across years. */
  final long[] pathPeak;

  PathResults(TrialResults first, int[] calendarYears, long[] dealsPerYear) {
    int trials = first.trials;
    this.years = calendarYears.length;
    this.calendarYears = calendarYears.clone();
    this.dealsPerYear = dealsPerYear.clone();
    netCost = later(first.netCost, trials);
    grossPaid = later(first.grossPaid, trials);
    refunds = later(first.refunds, trials);
    advanced = later(first.advanced, trials);
    recovered = later(first.recovered, trials);
    writtenOff = later(first.writtenOff, trials);
    payouts = new int[years][];
    payouts[0] = first.payouts;
    for (int y = 1; y < years; y++) {
      payouts[y] = new int[trials];
    }
    marketFactor = new double[years][trials];
    pathPeak = years == 1 ? first.peakOutstanding : new long[trials];
  }

  /**
   * Copies the columns of {@code part} that the first year's do not hold (later years, every year's
   * market factor, the path peak of a programme) to trials {@code [at, at + n)}.
   */
  void copyLaterYears(PathResults part, int at, int n) {
    for (int y = 0; y < years; y++) {
      if (y > 0) {
        System.arraycopy(part.netCost[y], 0, netCost[y], at, n);
        System.arraycopy(part.grossPaid[y], 0, grossPaid[y], at, n);
        System.arraycopy(part.refunds[y], 0, refunds[y], at, n);
        System.arraycopy(part.advanced[y], 0, advanced[y], at, n);
        System.arraycopy(part.recovered[y], 0, recovered[y], at, n);
        System.arraycopy(part.writtenOff[y], 0, writtenOff[y], at, n);
        System.arraycopy(part.payouts[y], 0, payouts[y], at, n);
      }
      System.arraycopy(part.marketFactor[y], 0, marketFactor[y], at, n);
    }
    if (years > 1) {
      System.arraycopy(part.pathPeak, 0, pathPeak, at, n);
    }
  }

  /** The first year's column, then a fresh one per later year. */
  private long[][] later(long[] firstYear, int trials) {
    long[][] all = new long[years][];
    all[0] = firstYear;
    for (int y = 1; y < years; y++) {
      all[y] = new long[trials];
    }
    return all;
  }

  /** The number of years of each path. */
  public int years() {
    return years;
  }

  /** The calendar year of path year {@code year} (0 for the first). */
  public int calendarYear(int year) {
    return calendarYears[year];
  }

  /** The book's deals in path year {@code year}. */
  public long deals(int year) {
    return dealsPerYear[year];
  }

  public long netCost(int year, int trial) {
    return netCost[year][trial];
  }

  public long grossPaid(int year, int trial) {
    return grossPaid[year][trial];
  }

  public long refunds(int year, int trial) {
    return refunds[year][trial];
  }

  public long advanced(int year, int trial) {
    return advanced[year][trial];
  }

  public long recovered(int year, int trial) {
    return recovered[year][trial];
  }

  public long writtenOff(int year, int trial) {
    return writtenOff[year][trial];
  }

  public int payouts(int year, int trial) {
    return payouts[year][trial];
  }

  /** The market factor Z of path year {@code year} in {@code trial}. */
  public double marketFactor(int year, int trial) {
    return marketFactor[year][trial];
  }

  /** The path's peak outstanding in {@code trial}, in fen. */
  public long pathPeak(int trial) {
    return pathPeak[trial];
  }

  /** A copy of one year's net cost per trial, in fen. */
  public long[] netCosts(int year) {
    return netCost[year].clone();
  }

  /** Each trial's net cost summed over its path's years, in fen. */
  public long[] cumulativeNetCost() {
    return sum(netCost);
  }

  /** Each trial's gross paid summed over its path's years, in fen. */
  public long[] cumulativeGrossPaid() {
    return sum(grossPaid);
  }

  /** Each trial's payouts summed over its path's years. */
  public long[] cumulativePayouts() {
    long[] total = new long[pathPeak.length];
    for (int[] year : payouts) {
      for (int t = 0; t < total.length; t++) {
        total[t] += year[t];
      }
    }
    return total;
  }

  /** A copy of every trial's path peak, in fen. */
  public long[] pathPeaks() {
    return pathPeak.clone();
  }

  private static long[] sum(long[][] byYear) {
    long[] total = new long[byYear[0].length];
    for (long[] year : byYear) {
      for (int t = 0; t < total.length; t++) {
        total[t] = Math.addExact(total[t], year[t]);
      }
    }
    return total;
  }
}
