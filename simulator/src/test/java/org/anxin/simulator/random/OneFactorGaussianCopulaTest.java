package org.anxin.simulator.random;

import static org.anxin.simulator.random.GoodnessOfFit.assertWithinStandardErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class OneFactorGaussianCopulaTest {

  @Test
  void matchesReferenceValues() {
    // mpmath: Φ((Φ⁻¹(0.01) − √0.2·z)/√0.8) at z = −2 and z = 3.
    assertEquals(
        0.054695548310186057281,
        OneFactorGaussianCopula.conditionalProbability(0.01, 0.2, -2.0),
        1e-13 * 0.0547);
    assertEquals(
        0.000020574118759591078435,
        OneFactorGaussianCopula.conditionalProbability(0.01, 0.2, 3.0),
        1e-13 * 2.06e-5);
  }

  @Test
  void rhoZeroGivesExactlyP() {
    for (double p : new double[] {0.0, 1e-6, 0.003, 0.5, 1.0}) {
      OneFactorGaussianCopula copula = OneFactorGaussianCopula.of(p, 0.0);
      for (double z : new double[] {-8, -1, 0, 2.5, 8}) {
        assertEquals(p, copula.conditionalProbability(z));
      }
    }
  }

  @Test
  void certainAndImpossibleRisksIgnoreTheFactor() {
    for (double z : new double[] {-8, 0, 8}) {
      assertEquals(0.0, OneFactorGaussianCopula.conditionalProbability(0.0, 0.4, z));
      assertEquals(1.0, OneFactorGaussianCopula.conditionalProbability(1.0, 0.4, z));
    }
  }

  @Test
  void fullCorrelationIsAStep() {
    OneFactorGaussianCopula copula = OneFactorGaussianCopula.of(0.1, 1.0);
    assertEquals(1.0, copula.conditionalProbability(-1.3));
    assertEquals(0.0, copula.conditionalProbability(-1.25));
  }

  @Test
  void averagesToPOverTheFactor() {
    // ∫ p(z) φ(z) dz by the trapezoid rule on [−12, 12]: exponentially accurate for this integrand.
    for (double p : new double[] {1e-4, 0.01, 0.3}) {
      for (double rho : new double[] {0.05, 0.2, 0.5, 0.9}) {
        OneFactorGaussianCopula copula = OneFactorGaussianCopula.of(p, rho);
        double h = 0.002;
        double sum = 0.0;
        for (int i = -6000; i <= 6000; i++) {
          double z = i * h;
          double w = (i == -6000 || i == 6000) ? 0.5 : 1.0;
          sum += w * copula.conditionalProbability(z) * Math.exp(-0.5 * z * z);
        }
        double average = sum * h / Math.sqrt(2 * Math.PI);
        assertEquals(p, average, 1e-9 * p, "p " + p + " rho " + rho);
      }
    }
  }

  @Test
  void averagesToPOverSimulatedYears() {
    OneFactorGaussianCopula copula = OneFactorGaussianCopula.of(0.02, 0.3);
    RandomStream s = new RandomStream(99L);
    int years = 50_000;
    double sum = 0.0;
    double sumSq = 0.0;
    for (int trial = 0; trial < years; trial++) {
      double p = copula.conditionalProbability(Normal.sample(s.reset(StreamKind.TRIAL, trial, 0)));
      sum += p;
      sumSq += p * p;
    }
    double mean = sum / years;
    double sd = Math.sqrt((sumSq - years * mean * mean) / (years - 1));
    assertWithinStandardErrors("mean p(Z)", mean, 0.02, sd / Math.sqrt(years));
    assertTrue(sd > 0.01, "correlation should spread p(Z): sd " + sd);
  }

  @Test
  void badYearsAreWorse() {
    qt().forAll(
            doubles().between(1e-9, 1.0 - 1e-9),
            doubles().between(1e-6, 0.999),
            doubles().between(-6, 6),
            doubles().between(-6, 6))
        .checkAssert(
            (p, rho, z1, z2) -> {
              OneFactorGaussianCopula c = OneFactorGaussianCopula.of(p, rho);
              double worse = c.conditionalProbability(Math.min(z1, z2));
              double better = c.conditionalProbability(Math.max(z1, z2));
              assertTrue(worse >= better, p + " " + rho + " " + z1 + " " + z2);
              assertTrue(better >= 0.0 && worse <= 1.0);
            });
  }

  @Test
  void rejectsParametersOutsideTheUnitInterval() {
    assertThrows(IllegalArgumentException.class, () -> OneFactorGaussianCopula.of(1.5, 0.1));
    assertThrows(IllegalArgumentException.class, () -> OneFactorGaussianCopula.of(0.1, -0.1));
    assertThrows(IllegalArgumentException.class, () -> OneFactorGaussianCopula.of(0.1, Double.NaN));
    OneFactorGaussianCopula c = OneFactorGaussianCopula.of(0.25, 0.5);
    assertEquals(0.25, c.probability());
    assertEquals(0.5, c.rho());
  }
}
