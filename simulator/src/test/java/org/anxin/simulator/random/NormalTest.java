package org.anxin.simulator.random;

import static org.anxin.simulator.random.GoodnessOfFit.assertKolmogorovSmirnovFits;
import static org.anxin.simulator.random.GoodnessOfFit.assertWithinStandardErrors;
import static org.anxin.simulator.random.GoodnessOfFit.meanAndVariance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NormalTest {

  /** (p, Φ⁻¹(p)), computed independently with mpmath at 50 digits. */
  private static final double[][] QUANTILES = {
    {1e-300, -37.047096299361199237},
    {1e-100, -21.273453560965324295},
    {1e-20, -9.2623400897984075737},
    {1e-10, -6.3613409024040562047},
    {1e-5, -4.2648907939228246285},
    {0.001, -3.0902323061678135415},
    {0.01, -2.3263478740408411009},
    {0.025, -1.9599639845400542355},
    {0.05, -1.6448536269514727149},
    {0.075, -1.4395314709384559153},
    {0.1, -1.281551565544600467},
    {0.3, -0.52440051270804078404},
    {0.5, 0.0},
    {0.7, 0.52440051270804078404},
    {0.9, 1.281551565544600467},
    {0.925, 1.4395314709384559153},
    {0.975, 1.9599639845400542355},
    {0.995, 2.575829303548900761},
    {0.999, 3.0902323061678135415},
    {0.99999, 4.2648907939228246285},
  };

  /** (x, Φ(x)), computed independently with mpmath at 50 digits. */
  private static final double[][] CDF = {
    {-37, 5.7255712225245768227e-300},
    {-20, 2.7536241186062336951e-89},
    {-10, 7.619853024160526066e-24},
    {-8.3, 5.205569744890285158e-17},
    {-6, 9.865876450376981407e-10},
    {-5.657, 7.7020881721776021174e-9},
    {-5, 2.8665157187919391167e-7},
    {-3, 0.0013498980316300945267},
    {-1.96, 0.024997895148220434137},
    {-1, 0.15865525393145705141},
    {-0.66291, 0.25369409838973993959},
    {-0.5, 0.30853753872598689636},
    {0, 0.5},
    {0.3, 0.61791142218895263731},
    {0.66, 0.74537308532866385239},
    {0.7, 0.75803634777692698525},
    {1, 0.84134474606854294859},
    {2.5758293035489004, 0.99499999999999999478},
    {5, 0.99999971334842812081},
    {5.7, 0.99999999400962859894},
    {8, 0.9999999999999993779},
  };

  @Test
  void inverseCdfMatchesReferenceValuesTo1e12() {
    for (double[] row : QUANTILES) {
      double x = Normal.inverseCdf(row[0]);
      assertEquals(row[1], x, 1e-12 * Math.max(1.0, Math.abs(row[1])), "p = " + row[0]);
    }
  }

  @Test
  void cdfMatchesReferenceValuesTo1e13Relative() {
    for (double[] row : CDF) {
      double p = Normal.cdf(row[0]);
      assertEquals(row[1], p, 1e-13 * row[1], "x = " + row[0]);
    }
  }

  /** (x, Φ(x)) at the exact binary value of each double x (mpmath, 50 digits). */
  private static final double[][] CDF_AT_DOUBLES = {
    {-8.3, 5.2055697448902540246e-17},
    {-12.7, 2.9564853648520500771e-37},
    {-25.3, 1.5971151302421997966e-141},
    {-33.33, 7.0994555773952064472e-244},
    {-3.7, 0.00010779973347738826148},
    {1.23456789, 0.89150431722884272487},
    {6.5, 0.99999999995983999416},
  };

  @Test
  void cdfIsAccurateTo1e14RelativeDeepInTheTail() {
    for (double[] row : CDF_AT_DOUBLES) {
      assertEquals(row[1], Normal.cdf(row[0]), 1e-14 * row[1], "x = " + row[0]);
    }
  }

  @Test
  void edgeCases() {
    assertEquals(0.0, Normal.inverseCdf(0.5));
    assertEquals(Double.NEGATIVE_INFINITY, Normal.inverseCdf(0.0));
    assertEquals(Double.POSITIVE_INFINITY, Normal.inverseCdf(1.0));
    assertThrows(IllegalArgumentException.class, () -> Normal.inverseCdf(-0.1));
    assertThrows(IllegalArgumentException.class, () -> Normal.inverseCdf(1.1));
    assertThrows(IllegalArgumentException.class, () -> Normal.inverseCdf(Double.NaN));
    assertEquals(0.5, Normal.cdf(0.0));
    assertEquals(0.0, Normal.cdf(-40.0));
    assertEquals(0.0, Normal.cdf(Double.NEGATIVE_INFINITY));
    assertEquals(1.0, Normal.cdf(40.0));
    assertEquals(1.0, Normal.cdf(Double.POSITIVE_INFINITY));
    assertTrue(Double.isNaN(Normal.cdf(Double.NaN)));
  }

  @Test
  void extremeUniformsGiveFiniteNormals() {
    double low = Normal.inverseCdf(RandomStream.toUniform(0L));
    double high = Normal.inverseCdf(RandomStream.toUniform(-1L));
    assertTrue(low > -8.3 && low < -8.2, "low " + low);
    assertEquals(-low, high);
  }

  @Test
  void cdfInvertsTheQuantileAcrossTheRange() {
    for (double p = 1e-15; p < 0.5; p *= 1.7) {
      assertEquals(p, Normal.cdf(Normal.inverseCdf(p)), 2e-14 * p, "p = " + p);
      assertEquals(1.0 - p, Normal.cdf(Normal.inverseCdf(1.0 - p)), 2e-15, "1 - p = " + (1 - p));
    }
  }

  @Test
  void samplesAreStandardNormal() {
    RandomStream s = RandomStream.at(7L, StreamKind.TRIAL, 0, 0);
    int n = 100_000;
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      z[i] = Normal.sample(s);
    }
    double[] mv = meanAndVariance(z);
    assertWithinStandardErrors("mean", mv[0], 0.0, Math.sqrt(1.0 / n));
    assertWithinStandardErrors("variance", mv[1], 1.0, Math.sqrt(2.0 / n));
    Arrays.sort(z);
    assertKolmogorovSmirnovFits("normal", z, Normal::cdf);
  }

  @Test
  void inverseCdfIsExactlyAntisymmetricOnTheUniformGrid() {
    qt().forAll(longs().all())
        .checkAssert(
            bits -> {
              double u = RandomStream.toUniform(bits);
              double mirrored = RandomStream.toUniform(~bits);
              assertEquals(1.0 - u, mirrored);
              assertEquals(-Normal.inverseCdf(u), Normal.inverseCdf(mirrored));
            });
  }

  @Test
  void quantileAndCdfAreMonotone() {
    qt().forAll(doubles().between(1e-300, 1.0 - 1e-16), doubles().between(1e-300, 1.0 - 1e-16))
        .checkAssert(
            (p, q) -> {
              double lo = Math.min(p, q);
              double hi = Math.max(p, q);
              assertTrue(Normal.inverseCdf(lo) <= Normal.inverseCdf(hi));
            });
    qt().forAll(doubles().between(-40, 40), doubles().between(-40, 40))
        .checkAssert(
            (x, y) -> {
              double p = Normal.cdf(Math.min(x, y));
              double q = Normal.cdf(Math.max(x, y));
              assertTrue(p >= 0.0 && q <= 1.0 && p <= q, x + " " + y);
            });
  }
}
