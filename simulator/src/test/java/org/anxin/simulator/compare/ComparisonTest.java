package org.anxin.simulator.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.anxin.simulator.report.Summary;
import org.anxin.simulator.stats.Yuan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTest {

  @TempDir Path dir;

  private static RunFigures run(
      String scenario, long seed, String catalogVersion, long standardError, long... costs) {
    long sum = 0;
    for (long c : costs) {
      sum += c;
    }
    long mean = Math.round((double) sum / costs.length);
    return new RunFigures(
        "dir-" + scenario,
        new RunFigures.Identity(
            scenario, seed, costs.length, 1, 1000, "shanghai-18", catalogVersion),
        new RunFigures.Estimate(mean, mean - 10, mean + 10),
        standardError,
        new RunFigures.Estimate(9_000, 8_000L, null),
        new RunFigures.Estimate(9_500, 8_500L, 11_000L),
        List.of(new RunFigures.GuaranteeFigures("LEAK_WARRANTY", 300, 700)),
        List.of(new RunFigures.ExceedancePoint(2, 400)),
        TrialCosts.of(costs));
  }

  /** A plain and a stratified run of one seed do not share their trials' market factors. */
  @Test
  void aPlainAndAStratifiedRunAreNotPaired() {
    RunFigures plain = run("base", 7, "2026.1", 50, 100, 200, 300, 400);
    RunFigures stratified =
        new RunFigures(
            "dir-stratified",
            new RunFigures.Identity("base", 7, 4, 1, 1000, "shanghai-18", "2026.1", "stratified"),
            plain.mean(),
            20,
            plain.var995(),
            plain.tvar995(),
            plain.guarantees(),
            plain.exceedance(),
            TrialCosts.of(400, 100, 300, 200));
    Comparison c = Comparison.of(plain, stratified, false);
    assertEquals("independent", c.meanInterval().method());
    assertEquals(
        List.of(
            "the runs drew their market factors differently (--sampling): A plain, B stratified;"
                + " the mean delta is not paired (its interval treats the runs as independent)"),
        c.warnings());
  }

  @Test
  void aStressOfTheSameSeedIsPairedAndItsMeanDeltaIsExactToTheFen() throws Exception {
    Summary base = RunDirs.write(dir.resolve("a"), RunDirs.BASE, 300, 11);
    Summary squeeze = RunDirs.write(dir.resolve("b"), RunDirs.SQUEEZE, 300, 11);
    RunFigures a = RunReader.read(dir.resolve("a"));
    RunFigures b = RunReader.read(dir.resolve("b"));
    Comparison c = Comparison.of(a, b, false);

    assertTrue(c.paired(), c.meanInterval().toString());
    assertEquals(List.of(), c.warnings());
    // The delta of the means is B.mean − A.mean, to the fen, as each summary rounds it.
    assertEquals(
        Yuan.of(squeeze.netCost().mean()).subtract(Yuan.of(base.netCost().mean())),
        Yuan.of(c.meanDelta()));
    // The paired interval is centred on the mean of the per-trial differences, ± 1.96 sd/√n.
    int n = a.netCosts().size();
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      sum = sum.add(BigDecimal.valueOf(b.netCosts().get(i) - a.netCosts().get(i)));
    }
    BigDecimal meanDiff = sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
    assertEquals(
        meanDiff.setScale(0, RoundingMode.HALF_EVEN).longValueExact(), c.meanInterval().centre());
    assertTrue(Math.abs(c.meanInterval().centre() - c.meanDelta()) <= 1, "within a fen");
    BigDecimal squares = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      BigDecimal d =
          BigDecimal.valueOf(b.netCosts().get(i) - a.netCosts().get(i)).subtract(meanDiff);
      squares = squares.add(d.multiply(d));
    }
    BigDecimal sd =
        squares
            .divide(BigDecimal.valueOf(n - 1L), MathContext.DECIMAL128)
            .sqrt(MathContext.DECIMAL128);
    long half =
        new BigDecimal("1.96")
            .multiply(
                sd.divide(
                    BigDecimal.valueOf(n).sqrt(MathContext.DECIMAL128), MathContext.DECIMAL128))
            .setScale(0, RoundingMode.HALF_EVEN)
            .longValueExact();
    assertEquals(c.meanInterval().centre() - half, c.meanInterval().lower(), 1);
    assertEquals(c.meanInterval().centre() + half, c.meanInterval().upper(), 1);
    // Common random numbers: the paired interval is far narrower than the independent one.
    Comparison.DeltaInterval independent = Comparison.independent(a, b);
    assertTrue(
        c.meanInterval().standardError() < independent.standardError(),
        c.meanInterval() + " vs " + independent);
    // The tail deltas are the deltas of the estimates.
    assertEquals(b.var995().value() - a.var995().value(), c.var995Delta());
    assertEquals(b.tvar995().value() - a.tvar995().value(), c.tvar995Delta());
    // Per guarantee, in A's order: B − A of the mean and of the tail contribution.
    assertEquals(a.guarantees().size(), c.guarantees().size());
    for (int i = 0; i < c.guarantees().size(); i++) {
      Comparison.GuaranteeChange g = c.guarantees().get(i);
      assertEquals(a.guarantees().get(i).code(), g.code());
      assertEquals(
          b.guarantees().get(i).meanCost() - a.guarantees().get(i).meanCost(), g.meanDelta());
      assertEquals(
          b.guarantees().get(i).tailContribution() - a.guarantees().get(i).tailContribution(),
          g.tailDelta());
    }
  }

  @Test
  void differentSeedsAreIndependentAndWarned() {
    RunFigures a = run("a", 1, "2026.1", 30, 100, 200, 300);
    RunFigures b = run("b", 2, "2026.1", 40, 150, 250, 350);
    Comparison c = Comparison.of(a, b, false);
    assertEquals("independent", c.meanInterval().method());
    assertEquals(50, c.meanDelta());
    assertEquals(50, (long) c.meanInterval().standardError()); // √(30² + 40²)
    assertEquals(50 - 98, (long) c.meanInterval().lower()); // 1.96 · 50 = 98
    assertEquals(50 + 98, (long) c.meanInterval().upper());
    assertEquals(1, c.warnings().size(), c.warnings().toString());
    assertTrue(c.warnings().get(0).contains("different seeds: A 1, B 2"), c.warnings().toString());
    assertTrue(c.warnings().get(0).contains("not paired"), c.warnings().toString());
  }

  @Test
  void theSameSeedPairsTheTrialsDifferences() {
    RunFigures a = run("a", 7, "2026.1", 30, 100, 200, 300);
    RunFigures b = run("b", 7, "2026.1", 30, 110, 220, 330);
    Comparison c = Comparison.of(a, b, false);
    assertTrue(c.paired());
    // Differences 10, 20, 30: mean 20, sd 10, se 10/√3 = 5.7735 → 6 fen; ± 1.96·5.7735 = 11.3.
    assertEquals(20, c.meanInterval().centre());
    assertEquals(6, (long) c.meanInterval().standardError());
    assertEquals(9, (long) c.meanInterval().lower());
    assertEquals(31, (long) c.meanInterval().upper());
  }

  @Test
  void catalogsTrialCountsAndTheSameDirectoryAreWarned() {
    RunFigures a = run("a", 7, "2026.1", 30, 100, 200, 300);
    RunFigures b = run("b", 7, "2027.1", 30, 100, 200, 300, 400);
    Comparison c = Comparison.of(a, b, true);
    assertEquals("independent", c.meanInterval().method());
    List<String> w = c.warnings();
    assertEquals(3, w.size(), w.toString());
    assertTrue(w.get(0).contains("same run directory"), w.toString());
    assertTrue(
        w.get(1).contains("different versions of catalog shanghai-18: A 2026.1, B 2027.1"),
        w.toString());
    assertTrue(w.get(2).contains("different trial counts: A 3, B 4"), w.toString());
    assertTrue(w.get(2).contains("not paired"), w.toString());

    RunFigures other =
        new RunFigures(
            "x",
            new RunFigures.Identity("x", 7, 3, 1, 1000, "beijing-12", "2026.1"),
            a.mean(),
            30,
            a.var995(),
            a.tvar995(),
            List.of(new RunFigures.GuaranteeFigures("RADIATION", 5, 6)),
            a.exceedance(),
            TrialCosts.of(1, 2, 3));
    Comparison d = Comparison.of(a, other, false);
    assertTrue(
        d.warnings().get(0).contains("different catalogs: A shanghai-18 2026.1, B beijing-12"),
        d.warnings().toString());
    // A guarantee in one run only counts as zero in the other.
    assertEquals(2, d.guarantees().size());
    Comparison.GuaranteeChange radiation = d.guarantees().get(1);
    assertEquals("RADIATION", radiation.code());
    assertEquals(0, radiation.meanA());
    assertEquals(5, radiation.meanDelta());
  }

  @Test
  void oneTrialHasNoInterval() {
    Comparison c = Comparison.of(run("a", 7, "v", 0, 100), run("b", 7, "v", 0, 300), false);
    assertEquals(200, c.meanDelta());
    assertNotNull(c.meanInterval());
    assertEquals(null, c.meanInterval().lower());
    assertEquals(null, c.meanInterval().upper());
  }
}
