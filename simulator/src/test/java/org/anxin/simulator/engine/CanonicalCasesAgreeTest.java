package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.anxin.guarantees.assessment.Assessment;
import org.anxin.guarantees.assessment.Assessor;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.junit.jupiter.api.Test;

/**
 * One source of truth: the simulator, given deals shaped like the seed's three cases, pays exactly
 * what {@code anxin claims assess} finds for the example case files.
 */
class CanonicalCasesAgreeTest {

  private static final Catalog CATALOG = Catalog.builtIn();

  /** The amount {@code claims assess} finds payable for the only claim of an example case. */
  private static long assessed(String file, GuaranteeCode code) {
    CaseFile cases = CaseFile.load(Path.of("..", "examples", "cases", file));
    return Assessor.of(CATALOG).assess(cases).payable().stream()
        .filter(a -> a.guarantee() == code)
        .mapToLong(Assessment::amountFen)
        .sum();
  }

  /** Every amount the simulator paid under {@code code}. */
  private static Set<Long> simulated(String rest, GuaranteeCode code, String... risks) {
    RecordingObserver observer = new RecordingObserver();
    MonteCarloEngine.of(TestScenarios.quiet(rest, risks), CATALOG).run(4, 1, 1, null, observer);
    Set<Long> amounts = new TreeSet<>();
    observer.payments.stream()
        .filter(p -> p.code() == code)
        .forEach(p -> amounts.add(p.amountFen()));
    assertFalse(amounts.isEmpty(), "the scenario produced no " + code);
    return amounts;
  }

  @Test
  void swapCancellationPaysTheSeedsFiftyThousand() {
    // Flats of 5,000,000 with deposits of 2 % or 3 %: a broken sale that kept 100,000 under a
    // purchase that forfeits 150,000 is the seed's case; the other pairings owe nothing.
    Set<Long> paid =
        simulated(
            "book: {deals: 3000, mix: {resale: 1, newHome: 0, rental: 0}, resale: {price: {dist:"
                + " fixed, value: 5000000}, depositShare: {dist: discrete, values: [0.02, 0.03],"
                + " weights: [1, 1]}}}\nswap: {share: 1, rescueProbability: 0}",
            GuaranteeCode.SWAP_CANCELLATION,
            "buyerCannotFund: {probability: 0.2, rho: 0}");
    long expected = assessed("swap-cancellation.yaml", GuaranteeCode.SWAP_CANCELLATION);
    assertEquals(5_000_000L, expected);
    assertEquals(Set.of(expected), paid);
  }

  @Test
  void preSigningSeizureAdvancesTheUnrefundedHalf() {
    // 4,000,000 with a 200,000 deposit, half of it not refunded by the owners.
    Set<Long> paid =
        simulated(
            "book: {deals: 1000, mix: {resale: 1, newHome: 0, rental: 0}, resale: {price: {dist:"
                + " fixed, value: 4000000}, depositShare: {dist: fixed, value: 0.05}}}\n"
                + "swap: {share: 0}",
            GuaranteeCode.PRE_SIGNING_SEIZURE,
            "seizureBeforeSigning: {probability: 0.1, rho: 0, severity: {dist: fixed, value:"
                + " 0.5}}");
    long expected = assessed("pre-signing-seizure.yaml", GuaranteeCode.PRE_SIGNING_SEIZURE);
    assertEquals(10_000_000L, expected);
    assertEquals(Set.of(expected), paid);
  }

  @Test
  void feeArrearsAdvancesTheArrearsWithoutAHoldback() {
    // 114 months at 560.00 claimed, and no handover holdback.
    Set<Long> paid =
        simulated(
            "book: {deals: 1000, mix: {resale: 1, newHome: 0, rental: 0}, resale: {holdback:"
                + " {dist: fixed, value: 0}}}\nswap: {share: 0}",
            GuaranteeCode.FEE_ARREARS,
            "feeArrears: {probability: 0.1, rho: 0, severity: {dist: fixed, value: 63840}}");
    long expected = assessed("fee-arrears.yaml", GuaranteeCode.FEE_ARREARS);
    assertEquals(6_384_000L, expected);
    assertEquals(Set.of(expected), paid);
  }
}
