package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.Guarantee;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.Term;
import org.anxin.guarantees.catalog.Terms;
import org.anxin.simulator.scenario.RiskKind;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class EngineTest {

  private static final Catalog CATALOG = Catalog.builtIn();

  private static TrialResults run(Scenario scenario, int trials, long seed, int threads) {
    return MonteCarloEngine.of(scenario, CATALOG).run(trials, seed, threads, null);
  }

  private static void assertSameResults(TrialResults expected, TrialResults actual) {
    for (TrialResults.Column column : TrialResults.Column.values()) {
      assertArrayEquals(expected.column(column), actual.column(column), column.name());
    }
    for (GuaranteeCode code : GuaranteeCode.values()) {
      assertArrayEquals(expected.costs(code), actual.costs(code), code.name());
      assertArrayEquals(expected.counts(code), actual.counts(code), code.name());
    }
  }

  private static Scenario smallDefaultBook() {
    return ScenarioLoader.parse("name: small\nbook: {deals: 6000}\n");
  }

  @Test
  void resultsDoNotDependOnTheNumberOfThreads() {
    Scenario scenario = smallDefaultBook();
    TrialResults one = run(scenario, 300, 7, 1);
    assertSameResults(one, run(scenario, 300, 7, 2));
    assertSameResults(one, run(scenario, 300, 7, 7));
  }

  @Test
  void theSameRunTwiceGivesTheSameResultsAndAnotherSeedDifferentOnes() {
    Scenario scenario = smallDefaultBook();
    TrialResults first = run(scenario, 100, 11, 2);
    assertSameResults(first, run(scenario, 100, 11, 2));
    assertFalse(
        java.util.Arrays.equals(
            first.column(TrialResults.Column.NET_COST),
            run(scenario, 100, 12, 2).column(TrialResults.Column.NET_COST)));
  }

  @Test
  void theLedgerAddsUpInEveryTrial() {
    TrialResults results = run(ScenarioLoader.builtIn("shanghai-default"), 40, 3, 2);
    for (int t = 0; t < results.trials(); t++) {
      long byGuarantee = 0;
      int counted = 0;
      for (GuaranteeCode code : GuaranteeCode.values()) {
        byGuarantee += results.cost(code, t);
        if (code != GuaranteeCode.COMMISSION_REFUND) {
          counted += results.count(code, t);
        }
      }
      assertEquals(results.netCost(t), byGuarantee, "net cost = sum over guarantees");
      assertEquals(results.payouts(t), counted, "payouts exclude commission refunds");
      assertEquals(results.advanced(t), results.recovered(t) + results.writtenOff(t));
      assertEquals(results.refunds(t), results.cost(GuaranteeCode.COMMISSION_REFUND, t));
      assertTrue(results.peakOutstanding(t) <= results.advanced(t) + results.boughtBack(t));
      assertTrue(results.grossPaid(t) >= results.advanced(t));
      long cashOut = 0;
      for (int m = 0; m < results.profileMonths().size(); m++) {
        cashOut += results.cashOut(m)[t];
        long held = results.outstanding(m)[t];
        assertTrue(held >= 0 && held <= results.peakOutstanding(t), "outstanding within the peak");
      }
      // Everything paid is cash out on its day; what falls after the profile's months is not in it.
      assertTrue(cashOut <= results.grossPaid(t) + results.refunds(t), "cash out within paid");
    }
  }

  /**
   * With ρ = 0, no swaps and one risk, the yearly cost is a compound binomial sum S = X₁ + … + X_N
   * with N ~ Binomial(n, p): E[S] = n·p·E[X], Var[S] = n·p·E[X²] − n·p²·E[X]².
   */
  @Test
  void independentDealsGiveTheCompoundBinomialMeanAndVariance() {
    int n = 20_000;
    double p = 0.05;
    Scenario scenario =
        TestScenarios.quiet(
            "book: {deals: 20000, mix: {resale: 1, newHome: 0, rental: 0}}\nswap: {share: 0}",
            "leak: {probability: 0.05, rho: 0, severity: {dist: discrete, values: [1000, 5000,"
                + " 10000], weights: [0.5, 0.3, 0.2]}}");
    double meanX = 0.5 * 100_000 + 0.3 * 500_000 + 0.2 * 1_000_000; // fen
    double meanX2 = 0.5 * 1e10 + 0.3 * 25e10 + 0.2 * 100e10;
    double exactMean = n * p * meanX;
    double exactVariance = n * p * meanX2 - n * p * p * meanX * meanX;

    int trials = 3000;
    long[] cost = run(scenario, trials, 5, 2).column(TrialResults.Column.NET_COST);
    double mean = 0;
    for (long c : cost) {
      mean += c;
    }
    mean /= trials;
    double variance = 0;
    for (long c : cost) {
      variance += (c - mean) * (c - mean);
    }
    variance /= trials - 1;
    double meanError = Math.sqrt(exactVariance / trials);
    assertEquals(exactMean, mean, 4 * meanError, "mean");
    // The sample variance of a near-normal sum has relative standard error √(2/(n−1)).
    assertEquals(exactVariance, variance, 4 * exactVariance * Math.sqrt(2.0 / (trials - 1)));
  }

  /**
   * With rescue, ρ and every other risk off, the top purchase of a chain of k links, each funding
   * sale breaking with probability q, breaks with probability 1 − (1 − q)^k (counted among tops
   * whose own buyer did not fail first).
   */
  @Test
  void chainBreaksCascadeToTheTopPurchase() {
    int k = 3;
    double q = 0.1;
    Scenario scenario =
        TestScenarios.quiet(
            "book: {deals: 20000, mix: {resale: 1, newHome: 0, rental: 0}}\n"
                + "swap: {share: 1, linksPerChain: {dist: fixed, value: 3}, rescueProbability: 0}",
            "buyerCannotFund: {probability: 0.1, rho: 0}");
    MonteCarloEngine engine = MonteCarloEngine.of(scenario, CATALOG);
    BookLayout layout = engine.layout();
    RecordingObserver observer = new RecordingObserver();
    int trials = 30;
    engine.run(trials, 9, 1, null, observer);

    Set<Long> ownFailure = new HashSet<>();
    observer.incidents.forEach(i -> ownFailure.add(key(i.trial(), i.deal())));
    Set<Long> broken = new HashSet<>();
    observer.chainBreaks.forEach(b -> broken.add(key(b.trial(), b.deal())));
    long tops = 0;
    long brokenTops = 0;
    for (int trial = 0; trial < trials; trial++) {
      for (int deal = 0; deal < layout.resaleEnd(); deal++) {
        boolean top = layout.fundedByPrevious(deal) && !layout.fundsNext(deal);
        boolean fullChain = deal >= k && layout.fundedByPrevious(deal - k + 1);
        if (top && fullChain && !ownFailure.contains(key(trial, deal))) {
          tops++;
          if (broken.contains(key(trial, deal))) {
            brokenTops++;
          }
        }
      }
    }
    double expected = 1 - Math.pow(1 - q, k);
    double observed = (double) brokenTops / tops;
    double error = Math.sqrt(expected * (1 - expected) / tops);
    assertEquals(expected, observed, 5 * error, "tops " + tops);
  }

  @Test
  void aRescuedFundingSaleBreaksNothing() {
    // Every broken sale's home finds a buyer, on the day of the break: well inside the window.
    Scenario scenario =
        TestScenarios.quiet(
            "book: {deals: 2000, mix: {resale: 1, newHome: 0, rental: 0}}\n"
                + "swap: {share: 1, rescueProbability: 1, resaleDelayDays: {dist: fixed, value: 0}}",
            "buyerCannotFund: {probability: 0.2, rho: 0}");
    TrialResults results = run(scenario, 20, 1, 1);
    assertArrayEquals(new long[20], results.counts(GuaranteeCode.SWAP_CANCELLATION));
  }

  @Test
  void theSwapLossIsTheForfeitedDepositLessWhatTheSaleKept() {
    // Both deals' deposits are a fixed share of a fixed price, so every broken purchase forfeits
    // as much as its broken funding sale kept: no swap loss at all.
    Scenario equal =
        TestScenarios.quiet(
            "book: {deals: 2000, mix: {resale: 1, newHome: 0, rental: 0}, resale: {price: {dist:"
                + " fixed, value: 3000000}, depositShare: {dist: fixed, value: 0.05}}}\n"
                + "swap: {share: 1, rescueProbability: 0}",
            "buyerCannotFund: {probability: 0.2, rho: 0}");
    assertArrayEquals(new long[20], run(equal, 20, 1, 1).counts(GuaranteeCode.SWAP_CANCELLATION));
    // A seizure returns the sale's deposit (nothing kept), so the purchase's whole legal deposit
    // is the loss: 5 % of 3,000,000.
    Scenario seized =
        TestScenarios.quiet(
            "book: {deals: 2000, mix: {resale: 1, newHome: 0, rental: 0}, resale: {price: {dist:"
                + " fixed, value: 3000000}, depositShare: {dist: fixed, value: 0.05}}}\n"
                + "swap: {share: 1, rescueProbability: 0}",
            "seizureBeforeSigning: {probability: 0.2, rho: 0, severity: {dist: fixed, value: 0}}");
    RecordingObserver observer = new RecordingObserver();
    MonteCarloEngine.of(seized, CATALOG).run(5, 1, 1, null, observer);
    List<Long> swapPayments = new ArrayList<>();
    observer.payments.stream()
        .filter(p -> p.code() == GuaranteeCode.SWAP_CANCELLATION)
        .forEach(p -> swapPayments.add(p.amountFen()));
    assertFalse(swapPayments.isEmpty());
    // The first purchase over a seized sale loses 150,000; one higher up loses nothing, since
    // its broken sale kept the forfeited 150,000.
    assertTrue(swapPayments.stream().allMatch(a -> a == 15_000_000L), swapPayments.toString());
  }

  @Test
  void twoIncidentsOnOneDealSeeTheSameAttributesWhateverStruckIt() {
    String book = "book: {deals: 500, mix: {resale: 1, newHome: 0, rental: 0}}\nswap: {share: 0}";
    RecordingObserver both = new RecordingObserver();
    MonteCarloEngine.of(
            TestScenarios.quiet(
                book,
                "taxError: {probability: 1, rho: 0, severity: {dist: fixed, value: 10}}",
                "leak: {probability: 1, rho: 0, severity: {dist: fixed, value: 10}}"),
            CATALOG)
        .run(3, 4, 1, null, both);
    RecordingObserver leakOnly = new RecordingObserver();
    MonteCarloEngine.of(
            TestScenarios.quiet(
                book, "leak: {probability: 1, rho: 0, severity: {dist: fixed, value: 10}}"),
            CATALOG)
        .run(3, 4, 1, null, leakOnly);

    Map<Long, long[]> seen = new HashMap<>();
    for (RecordingObserver.Incident incident : both.incidents) {
      long[] attributes = {incident.priceFen(), incident.depositFen()};
      long[] earlier = seen.putIfAbsent(key(incident.trial(), incident.deal()), attributes);
      if (earlier != null) {
        assertArrayEquals(earlier, attributes, "same deal, same attributes");
      }
    }
    assertEquals(2 * 3 * 500, both.incidents.size());
    for (RecordingObserver.Incident incident : leakOnly.incidents) {
      assertArrayEquals(
          seen.get(key(incident.trial(), incident.deal())),
          new long[] {incident.priceFen(), incident.depositFen()},
          "a deal's attributes do not depend on which risks struck it");
    }
  }

  @Test
  void aCancellationBeforeSigningSuppressesTheDealsHandoverRisks() {
    String book = "book: {deals: 1000, mix: {resale: 1, newHome: 0, rental: 0}}\nswap: {share: 0}";
    String arrears = "feeArrears: {probability: 1, rho: 0}";
    TrialResults control = run(TestScenarios.quiet(book, arrears), 5, 2, 1);
    assertTrue(control.count(GuaranteeCode.FEE_ARREARS, 0) > 0);
    TrialResults seized =
        run(
            TestScenarios.quiet(
                book,
                arrears,
                "seizureBeforeSigning: {probability: 1, rho: 0, severity: {dist: fixed, value:"
                    + " 1}}"),
            5,
            2,
            1);
    assertArrayEquals(new long[5], seized.counts(GuaranteeCode.FEE_ARREARS));
    for (int t = 0; t < 5; t++) {
      assertEquals(1000, seized.count(GuaranteeCode.PRE_SIGNING_SEIZURE, t));
    }
  }

  @Test
  void lowerCapInTheCatalogLowersTheSimulatedCost() {
    Scenario scenario =
        TestScenarios.quiet(
            "book: {deals: 5000, mix: {resale: 1, newHome: 0, rental: 0}}",
            "leak: {probability: 0.2, rho: 0}");
    long cap = 200_000L; // 2,000.00 CNY
    Catalog lowCap = withCap(CATALOG, GuaranteeCode.LEAK_WARRANTY, cap);
    TrialResults builtIn = MonteCarloEngine.of(scenario, CATALOG).run(20, 8, 2, null);
    TrialResults capped = MonteCarloEngine.of(scenario, lowCap).run(20, 8, 2, null);
    long before = sum(builtIn.costs(GuaranteeCode.LEAK_WARRANTY));
    long after = sum(capped.costs(GuaranteeCode.LEAK_WARRANTY));
    assertTrue(after < before, after + " < " + before);
    for (int t = 0; t < 20; t++) {
      assertTrue(
          capped.cost(GuaranteeCode.LEAK_WARRANTY, t)
              <= cap * capped.count(GuaranteeCode.LEAK_WARRANTY, t));
      assertEquals(
          builtIn.count(GuaranteeCode.LEAK_WARRANTY, t),
          capped.count(GuaranteeCode.LEAK_WARRANTY, t));
    }
  }

  @Test
  void aGuaranteeTheCatalogDoesNotOfferPaysNothing() {
    Scenario scenario =
        TestScenarios.quiet(
            "book: {deals: 5000, mix: {resale: 1, newHome: 0, rental: 0}}",
            "leak: {probability: 0.2, rho: 0}");
    List<Guarantee> without = new ArrayList<>(CATALOG.guarantees());
    without.removeIf(g -> g.code() == GuaranteeCode.LEAK_WARRANTY);
    Catalog city = new Catalog("city", "1", "no leak warranty", without);
    TrialResults results = MonteCarloEngine.of(scenario, city).run(5, 8, 1, null);
    assertArrayEquals(new long[5], results.counts(GuaranteeCode.LEAK_WARRANTY));
  }

  static Catalog withCap(Catalog catalog, GuaranteeCode code, long capFen) {
    List<Guarantee> guarantees = new ArrayList<>();
    for (Guarantee g : catalog.guarantees()) {
      if (g.code() == code) {
        Map<Term, Long> terms = new HashMap<>(g.terms().values());
        terms.put(Term.CAP, capFen);
        g =
            new Guarantee(
                g.code(),
                g.nameZh(),
                g.nameEn(),
                g.segments(),
                g.stage(),
                g.kind(),
                g.eligibility(),
                g.filing(),
                Terms.of(terms),
                g.recovery(),
                g.provenance(),
                g.source());
      }
      guarantees.add(g);
    }
    return new Catalog(
        catalog.id(), catalog.version() + "-test", catalog.description(), guarantees);
  }

  private static long sum(long[] values) {
    long total = 0;
    for (long value : values) {
      total += value;
    }
    return total;
  }

  private static long key(int trial, int deal) {
    return ((long) trial << 32) | deal;
  }

  @Test
  void everyRiskKindIsResolvableOnTheDefaultBook() {
    RecordingObserver observer = new RecordingObserver();
    MonteCarloEngine.of(ScenarioLoader.builtIn("shanghai-default"), CATALOG)
        .run(3, 1, 1, null, observer);
    Set<RiskKind> seen = new HashSet<>();
    observer.incidents.forEach(i -> seen.add(i.risk()));
    for (RiskKind kind : RiskKind.values()) {
      if (kind != RiskKind.RADIATION && kind != RiskKind.STIGMATIZED_HOME) {
        assertTrue(seen.contains(kind), kind.name());
      }
    }
  }

  @Test
  void aBoughtBackHomeHasNothingElseHappenToIt() {
    Scenario scenario =
        TestScenarios.quiet(
            "book: {deals: 300, mix: {resale: 1, newHome: 0, rental: 0}}\nswap: {share: 0}",
            "stigmatizedHome: {probability: 1, rho: 0}",
            "radiation: {probability: 1, rho: 0}");
    TrialResults results = run(scenario, 3, 1, 1);
    assertArrayEquals(new long[] {300, 300, 300}, results.counts(GuaranteeCode.STIGMATIZED_HOME));
    assertArrayEquals(new long[3], results.counts(GuaranteeCode.RADIATION));
  }

  @Test
  void anAdvanceNotRecoveredWithinTheCatalogsWindowIsWrittenOff() {
    // Every advance is fully recovered, but only after 400 days: past RENTAL_DEPOSIT's 365-day
    // write-off window, within FEE_ARREARS' 1095 days.
    String rest =
        "book: {deals: 2000, mix: {resale: 0.5, newHome: 0, rental: 0.5}}\nswap: {share: 0}\n"
            + "advances: {recoveredShare: {dist: fixed, value: 1}, recoveryDelayDays: {dist:"
            + " fixed, value: 400}}";
    TrialResults results =
        run(
            TestScenarios.quiet(
                rest,
                "rentalDeposit: {probability: 0.5, rho: 0}",
                "feeArrears: {probability: 0.5,"
                    + " rho: 0, severity: {dist: fixed, value: 100000}}"),
            2,
            3,
            1);
    for (int t = 0; t < 2; t++) {
      assertTrue(results.count(GuaranteeCode.RENTAL_DEPOSIT, t) > 0);
      assertTrue(results.count(GuaranteeCode.FEE_ARREARS, t) > 0);
      assertEquals(0, results.cost(GuaranteeCode.FEE_ARREARS, t), "recovered: no cost");
      assertTrue(results.cost(GuaranteeCode.RENTAL_DEPOSIT, t) > 0, "written off: a cost");
      assertEquals(results.writtenOff(t), results.cost(GuaranteeCode.RENTAL_DEPOSIT, t));
    }
  }

  @Test
  void extremeTailsAreClampedNotOverflowed() {
    Scenario scenario =
        TestScenarios.quiet(
            "book: {deals: 2000, mix: {resale: 1, newHome: 0, rental: 0}, resale: {price: {dist:"
                + " lognormal, median: 10000000000, sigma: 5}}}\nadvances: {recoveryDelayDays:"
                + " {dist: lognormal, median: 3650, sigma: 5}}",
            "stigmatizedHome: {probability: 0.5, rho: 0}",
            "feeArrears: {probability: 0.5, rho: 0, severity: {dist: lognormal, median:"
                + " 10000000000, sigma: 5}}");
    TrialResults results = run(scenario, 3, 2, 2);
    for (int t = 0; t < 3; t++) {
      assertTrue(results.netCost(t) >= 0);
      assertTrue(results.peakOutstanding(t) <= results.advanced(t) + results.boughtBack(t));
    }
  }

  @Test
  void aBookExpectingTooManyIncidentsIsRefusedBeforeAllocating() {
    StringBuilder everything = new StringBuilder("name: all\nbook: {deals: 10000000}\nrisks:\n");
    for (RiskKind kind : RiskKind.values()) {
      // Financing risks stay low enough for the credit-squeeze regime's multipliers.
      double p = kind == RiskKind.BUYER_CANNOT_FUND || kind == RiskKind.LOAN_REFUSED ? 0.3 : 1;
      everything.append("  ").append(kind.key()).append(": {probability: " + p + ", rho: 0}\n");
    }
    Scenario scenario = ScenarioLoader.parse(everything.toString());
    org.anxin.domain.InvalidInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.anxin.domain.InvalidInputException.class,
            () -> MonteCarloEngine.of(scenario, CATALOG));
    assertEquals("risks", e.field());
  }
}
