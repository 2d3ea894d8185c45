package org.anxin.staffing.run;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.anxin.staffing.model.StaffingModel;
import org.anxin.staffing.queue.MonthlyTally;
import org.anxin.staffing.queue.StaffPlan;

/**
 * What a staffing run says across its trials, per headcount: the distribution (p5, p50, p95) of
 * each month's met ratio and error budget per target, the probability that a month, and that every
 * month of the year, meets the objective, with a 95 % Wilson interval; and the recommendation, the
 * smallest headcount of the sweep whose probability of meeting the objective every month reaches
 * the policy's, with the months that drive it: the (at most three) months that fail most often one
 * step below it, or at the best headcount when none reaches it.
 *
 * @param drivingHeadcount where the driving months were found: one step below the recommendation
 *     (the recommendation itself when it is the sweep's first point), or the best point
 */
public record StaffingSummary(
    int year,
    int trials,
    long seed,
    double targetProbability,
    double meanComplaints,
    List<Point> points,
    Optional<Recommendation> recommendation,
    List<YearMonth> drivingMonths,
    int drivingHeadcount) {

  /** The most months named as driving the recommendation. */
  public static final int DRIVING_MONTHS = 3;

  /** The percentiles given of every distribution across trials. */
  public static final List<Integer> PERCENTILES = List.of(5, 50, 95);

  /**
   * One headcount's figures.
   *
   * @param probabilityEveryMonth the share of trials in which every month meets the objective
   * @param low the lower end of its 95 % Wilson interval
   * @param high the upper end
   * @param yearRatio per target, the mean over trials of the year's met ratio
   */
  public record Point(
      int headcount,
      List<StaffPlan.Cell> roster,
      double probabilityEveryMonth,
      double low,
      double high,
      List<Double> yearRatio,
      List<Month> months) {

    /** Defensive copies. */
    public Point {
      roster = List.copyOf(roster);
      yearRatio = List.copyOf(yearRatio);
      months = List.copyOf(months);
    }
  }

  /**
   * One month at one headcount.
   *
   * @param ratio per target, the p5, p50 and p95 of the month's met ratio across trials
   * @param errorBudget per target, the p5, p50 and p95 of the error budget
   * @param probabilityMeets the share of trials in which the month meets every objective
   */
  public record Month(
      YearMonth month,
      List<Spread> ratio,
      List<BudgetSpread> errorBudget,
      double probabilityMeets) {

    /** Defensive copies. */
    public Month {
      ratio = List.copyOf(ratio);
      errorBudget = List.copyOf(errorBudget);
    }
  }

  /** The p5, p50 and p95 of a ratio across trials. */
  public record Spread(double p5, double p50, double p95) {}

  /** The p5, p50 and p95 of an error budget across trials. */
  public record BudgetSpread(long p5, long p50, long p95) {}

  /** The smallest headcount reaching the probability, and its probability. */
  public record Recommendation(int headcount, double probability) {}

  /** The summary of {@code results}. */
  public static StaffingSummary of(StaffingResults results) {
    StaffingModel model = results.model();
    int trials = results.trials();
    double target = model.scenario().policy().probability() / 100.0;
    List<Point> points = new ArrayList<>();
    for (int p = 0; p < results.plans().size(); p++) {
      points.add(point(results, p));
    }
    Optional<Recommendation> recommendation = Optional.empty();
    int below = points.size() - 1;
    for (int p = 0; p < points.size(); p++) {
      if (points.get(p).probabilityEveryMonth() >= target) {
        recommendation =
            Optional.of(
                new Recommendation(
                    points.get(p).headcount(), points.get(p).probabilityEveryMonth()));
        below = Math.max(0, p - 1);
        break;
      }
    }
    // The best point when none reaches the probability, else the one just below the answer.
    Point reference = recommendation.isPresent() ? points.get(below) : best(points);
    List<YearMonth> driving =
        reference.months().stream()
            .filter(m -> m.probabilityMeets() < 1)
            .sorted(Comparator.comparingDouble(Month::probabilityMeets))
            .limit(DRIVING_MONTHS)
            .map(Month::month)
            .toList();
    double complaints = 0;
    for (int t = 0; t < trials; t++) {
      complaints += results.complaints(t);
    }
    return new StaffingSummary(
        model.year(),
        trials,
        results.seed(),
        target,
        complaints / trials,
        points,
        recommendation,
        driving,
        reference.headcount());
  }

  /** The point with the highest probability, the smaller headcount on a tie. */
  private static Point best(List<Point> points) {
    Point best = points.get(0);
    for (Point p : points) {
      if (p.probabilityEveryMonth() > best.probabilityEveryMonth()) {
        best = p;
      }
    }
    return best;
  }

  private static Point point(StaffingResults results, int p) {
    StaffingModel model = results.model();
    int trials = results.trials();
    int targets = StaffingModel.TARGETS.size();
    int everyMonth = 0;
    double[] yearSum = new double[targets];
    for (int t = 0; t < trials; t++) {
      MonthlyTally tally = results.tally(p, t);
      if (tally.meetsEveryMonth(model)) {
        everyMonth++;
      }
      for (int k = 0; k < targets; k++) {
        long counted = 0;
        long met = 0;
        for (int m = 0; m < MonthlyTally.MONTHS; m++) {
          counted += tally.counted(m, k);
          met += tally.met(m, k);
        }
        yearSum[k] += counted == 0 ? 1.0 : (double) met / counted;
      }
    }
    List<Double> yearRatio = new ArrayList<>();
    for (int k = 0; k < targets; k++) {
      yearRatio.add(yearSum[k] / trials);
    }
    List<Month> months = new ArrayList<>();
    double[] ratios = new double[trials];
    long[] budgets = new long[trials];
    for (int m = 0; m < MonthlyTally.MONTHS; m++) {
      List<Spread> ratio = new ArrayList<>();
      List<BudgetSpread> budget = new ArrayList<>();
      for (int k = 0; k < targets; k++) {
        for (int t = 0; t < trials; t++) {
          MonthlyTally tally = results.tally(p, t);
          ratios[t] = tally.ratio(m, k);
          budgets[t] = tally.errorBudget(m, k, model.objective(k));
        }
        ratio.add(spread(ratios));
        budget.add(spread(budgets));
      }
      int meets = 0;
      for (int t = 0; t < trials; t++) {
        if (results.tally(p, t).meets(m, model)) {
          meets++;
        }
      }
      months.add(
          new Month(YearMonth.of(model.year(), m + 1), ratio, budget, (double) meets / trials));
    }
    StaffPlan plan = results.plans().get(p);
    double[] interval = wilson(everyMonth, trials);
    return new Point(
        plan.headcount(),
        plan.cells(),
        (double) everyMonth / trials,
        interval[0],
        interval[1],
        yearRatio,
        months);
  }

  /** Nearest-rank percentiles (the sla report's convention) of {@code values}. */
  static Spread spread(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return new Spread(sorted[rank(5, n)], sorted[rank(50, n)], sorted[rank(95, n)]);
  }

  static BudgetSpread spread(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return new BudgetSpread(sorted[rank(5, n)], sorted[rank(50, n)], sorted[rank(95, n)]);
  }

  /** The 0-based nearest rank of percentile {@code p} among {@code n}: ceil(p·n/100) − 1. */
  private static int rank(int p, int n) {
    return Math.max(0, (int) ((p * (long) n + 99) / 100) - 1);
  }

  /** The 95 % Wilson score interval of a proportion {@code k} of {@code n}. */
  static double[] wilson(int k, int n) {
    double z = 1.959963984540054;
    double phat = (double) k / n;
    double denominator = 1 + z * z / n;
    double centre = (phat + z * z / (2.0 * n)) / denominator;
    double half = z * Math.sqrt(phat * (1 - phat) / n + z * z / (4.0 * n * n)) / denominator;
    // At 0 and n the interval touches its end exactly (rounding would leave it a hair away).
    double low = k == 0 ? 0 : Math.max(0, centre - half);
    double high = k == n ? 1 : Math.min(1, centre + half);
    return new double[] {low, high};
  }
}
