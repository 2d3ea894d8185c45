package org.anxin.simulator.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The 95 % confidence interval of the TVaR, by the asymptotic variance of the tail-mean estimator
 * (Manistre and Hancock, "Variance of the CTE estimator", North American Actuarial Journal 9(2),
 * 2005): with k trials in the tail beyond the level p,
 *
 * <pre>Var(TVaR^) ≈ (s² + p·(TVaR^ − VaR^)²) / k</pre>
 *
 * where s² is the sample variance of the k tail values (the spread within the tail) and the second
 * term the uncertainty of where the tail starts; the interval is TVaR^ ± 1.96·√Var. It needs no
 * random numbers, so the bytes of a run stay a function of its seed, and it is the method actuaries
 * use for the CTE. It is an approximation for large k: with 50 tail trials (10,000 trials at 99.5
 * %) its coverage is close to 95 % for the light and moderately heavy tails of this model (checked
 * in {@code IntervalsCoverageTest}); with fewer than 2 tail trials there is none.
 */
public final class TvarInterval {

  private static final MathContext PRECISION = MathContext.DECIMAL128;

  private TvarInterval() {}

  /** The 95 % interval of the TVaR beyond {@code level} of the ranked values. */
  public static Interval of(TrialRanking ranking, BigDecimal level) {
    int n = ranking.size();
    int k = ranking.tailSize(level);
    if (k < 2) {
      return Interval.unbounded();
    }
    BigInteger sum = BigInteger.ZERO;
    BigInteger sumOfSquares = BigInteger.ZERO;
    for (int rank = n - k + 1; rank <= n; rank++) {
      BigInteger x = BigInteger.valueOf(ranking.valueAtRank(rank));
      sum = sum.add(x);
      sumOfSquares = sumOfSquares.add(x.multiply(x));
    }
    BigInteger bigK = BigInteger.valueOf(k);
    // (k − 1)·k·s² = k·Σx² − (Σx)², exact.
    BigDecimal tailVariance =
        new BigDecimal(bigK.multiply(sumOfSquares).subtract(sum.multiply(sum)))
            .divide(new BigDecimal(bigK.multiply(BigInteger.valueOf(k - 1L))), PRECISION);
    BigDecimal tvar = new BigDecimal(sum).divide(new BigDecimal(bigK), PRECISION);
    BigDecimal var = BigDecimal.valueOf(ranking.valueAtRank(ranking.rankOfLevel(level)));
    BigDecimal gap = tvar.subtract(var);
    BigDecimal variance =
        tailVariance
            .add(level.multiply(gap.multiply(gap, PRECISION), PRECISION))
            .divide(new BigDecimal(bigK), PRECISION);
    BigDecimal standardError = variance.max(BigDecimal.ZERO).sqrt(PRECISION);
    return Interval.normal(tvar.setScale(6, RoundingMode.HALF_EVEN), standardError);
  }
}
