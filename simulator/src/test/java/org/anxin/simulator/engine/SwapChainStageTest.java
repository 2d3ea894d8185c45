package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.simulator.scenario.RiskKind;
import org.junit.jupiter.api.Test;

/**
 * The stage condition of a funding link (DESIGN.md §4), as {@code claims assess} applies it: only a
 * funding sale cancelled before the purchase's signing breaks the purchase. A buy-back after
 * handover is not a cancellation, and a sale cancelled after its own signing finds the purchase
 * signed already.
 */
class SwapChainStageTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final int TRIALS = 400;

  /** Two resale deals at 3,000,000 with 5 % deposits: deal 0's sale funds deal 1's purchase. */
  private static String twoLinkedDeals(String resaleExtra, double swapShare) {
    return "book: {deals: 2, mix: {resale: 1, newHome: 0, rental: 0}, resale: {price: {dist:"
        + " fixed, value: 3000000}, depositShare: {dist: fixed, value: 0.05}"
        + resaleExtra
        + "}}\nswap: {share: "
        + swapShare
        + ", linksPerChain: {dist: fixed, value: 1}, rescueProbability: 0}";
  }

  @Test
  void aBuyBackOfTheFundingSaleBreaksNothingAndEveryStruckDealIsBoughtBack() {
    // The smallest case: only stigmatizedHome, p 0.5, on two linked deals.
    String risk = "stigmatizedHome: {probability: 0.5, rho: 0}";
    MonteCarloEngine engine =
        MonteCarloEngine.of(TestScenarios.quiet(twoLinkedDeals("", 1), risk), CATALOG);
    assertTrue(engine.layout().fundsNext(0), "deal 0 funds deal 1");
    assertEquals(2, engine.layout().resaleEnd());
    RecordingObserver linked = new RecordingObserver();
    TrialResults results = engine.run(TRIALS, 1, 1, null, linked);

    // Where a risk strikes does not depend on the chains: the same book without them shows
    // which deals each year struck.
    RecordingObserver unlinked = new RecordingObserver();
    MonteCarloEngine.of(TestScenarios.quiet(twoLinkedDeals("", 0), risk), CATALOG)
        .run(TRIALS, 1, 1, null, unlinked);
    int[] struck = new int[TRIALS];
    Set<Integer> saleStruck = new HashSet<>();
    unlinked.incidents.forEach(
        i -> {
          struck[i.trial()]++;
          if (i.deal() == 0) {
            saleStruck.add(i.trial());
          }
        });

    assertArrayEquals(new long[TRIALS], results.counts(GuaranteeCode.SWAP_CANCELLATION));
    assertTrue(linked.chainBreaks.isEmpty(), linked.chainBreaks.toString());
    for (int t = 0; t < TRIALS; t++) {
      assertEquals(
          struck[t], results.count(GuaranteeCode.STIGMATIZED_HOME, t), "one buy-back per deal");
    }
    // The years that matter happened: the funding sale struck, alone and with its purchase.
    long both = saleStruck.stream().filter(t -> struck[t] == 2).count();
    assertTrue(both > 20 && saleStruck.size() - both > 20, both + " of " + saleStruck.size());
  }

  @Test
  void aSaleCancelledAfterItsSigningBreaksNothing() {
    // Every deal has a loan, no loan clause: a refused loan cancels the sale after its signing.
    String resale = ", loanShare: 1, loanClauseShare: 0";
    for (String risk :
        new String[] {
          "loanRefused: {probability: 0.3, rho: 0}",
          "seizureAfterSigning: {probability: 0.3, rho: 0, severity: {dist: fixed, value: 0.1}}"
        }) {
      RecordingObserver observer = new RecordingObserver();
      TrialResults results =
          MonteCarloEngine.of(TestScenarios.quiet(twoLinkedDeals(resale, 1), risk), CATALOG)
              .run(TRIALS, 2, 1, null, observer);
      assertArrayEquals(new long[TRIALS], results.counts(GuaranteeCode.SWAP_CANCELLATION), risk);
      assertTrue(observer.chainBreaks.isEmpty(), risk);
      assertTrue(
          observer.cancellations.stream().anyMatch(c -> c.deal() == 0), "the sale was cancelled");
      // Each struck deal is resolved for itself: the purchase is not suppressed.
      assertEquals(
          observer.incidents.size(),
          observer.cancellations.stream().filter(c -> c.risk() != null).count(),
          risk);
    }
  }

  @Test
  void aSaleCancelledBeforeItsSigningBreaksThePurchase() {
    String risk = "buyerCannotFund: {probability: 0.3, rho: 0}";
    RecordingObserver observer = new RecordingObserver();
    TrialResults results =
        MonteCarloEngine.of(TestScenarios.quiet(twoLinkedDeals("", 1), risk), CATALOG)
            .run(TRIALS, 3, 1, null, observer);
    Set<Integer> saleFailed = new HashSet<>();
    observer.incidents.stream()
        .filter(i -> i.deal() == 0 && i.risk() == RiskKind.BUYER_CANNOT_FUND)
        .forEach(i -> saleFailed.add(i.trial()));
    Set<Integer> broken = new HashSet<>();
    observer.chainBreaks.forEach(b -> broken.add(b.trial()));
    // Without rescue, every year the sale fails the purchase breaks, unless its own buyer (the
    // intermediary) failed first, before the break.
    assertTrue(saleFailed.containsAll(broken));
    assertTrue(broken.size() > 50, broken.size() + " breaks");
    assertTrue(observer.chainBreaks.stream().allMatch(b -> b.deal() == 1));
    // Deposits of equal size: the purchase forfeits what the sale kept, so no swap loss.
    assertArrayEquals(new long[TRIALS], results.counts(GuaranteeCode.SWAP_CANCELLATION));
  }
}
