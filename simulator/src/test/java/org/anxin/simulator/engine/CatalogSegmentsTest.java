package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.anxin.domain.deal.DealKind;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.Guarantee;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.simulator.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The simulator reads the catalog's segments through {@code PayoutRules}, as {@code claims assess}
 * does: a guarantee that does not cover a deal's segment pays nothing on it.
 */
class CatalogSegmentsTest {

  private static final Catalog CATALOG = Catalog.builtIn();

  /** The catalog with {@code code} covering only {@code segments}. */
  private static Catalog covering(GuaranteeCode code, Set<DealKind> segments) {
    List<Guarantee> guarantees = new ArrayList<>();
    for (Guarantee g : CATALOG.guarantees()) {
      guarantees.add(
          g.code() != code
              ? g
              : new Guarantee(
                  g.code(),
                  g.nameZh(),
                  g.nameEn(),
                  segments,
                  g.stage(),
                  g.kind(),
                  g.eligibility(),
                  g.filing(),
                  g.terms(),
                  g.recovery(),
                  g.provenance(),
                  g.source()));
    }
    return new Catalog("city", "1", "segments changed", guarantees);
  }

  @Test
  void aGuaranteeNotCoveringTheDealsSegmentPaysNothingThere() {
    // Loans refused on resales with a loan clause refund our commission, unless the catalog's
    // COMMISSION_REFUND covers new homes only.
    Scenario scenario =
        TestScenarios.quiet(
            "book: {deals: 2000, mix: {resale: 1, newHome: 0, rental: 0}, resale: {loanShare: 1,"
                + " loanClauseShare: 1}}\nswap: {share: 0}",
            "loanRefused: {probability: 0.2, rho: 0}",
            "leak: {probability: 0.2, rho: 0}");
    TrialResults builtIn = MonteCarloEngine.of(scenario, CATALOG).run(5, 1, 1, null);
    TrialResults newOnly =
        MonteCarloEngine.of(
                scenario, covering(GuaranteeCode.COMMISSION_REFUND, Set.of(DealKind.NEW_HOME)))
            .run(5, 1, 1, null);
    for (int t = 0; t < 5; t++) {
      assertTrue(builtIn.count(GuaranteeCode.COMMISSION_REFUND, t) > 0);
    }
    assertArrayEquals(new long[5], newOnly.counts(GuaranteeCode.COMMISSION_REFUND));
    assertArrayEquals(new long[5], newOnly.costs(GuaranteeCode.COMMISSION_REFUND));
    // Everything else is as before.
    assertArrayEquals(
        builtIn.counts(GuaranteeCode.LEAK_WARRANTY), newOnly.counts(GuaranteeCode.LEAK_WARRANTY));
  }
}
