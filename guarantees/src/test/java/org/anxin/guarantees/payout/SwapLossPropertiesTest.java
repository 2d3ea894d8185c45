package org.anxin.guarantees.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.anxin.domain.DealId;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.PropertyId;
import org.anxin.domain.chain.SwapChains;
import org.anxin.domain.deal.CancellationCause;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent.Cancelled;
import org.anxin.domain.deal.DealEvent.DepositPaid;
import org.anxin.domain.deal.DealState;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.Terms;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The swap loss has one definition, {@code max(0, F − max(0, K))} (DESIGN.md §4), and every way to
 * compute it agrees with it: the domain's {@link SwapChains#swapLossFen} and {@link
 * SwapChains#swapLoss}, {@link PayoutFormulas#swapCancellation} (the loss, capped) and {@link
 * PayoutRules#swapCancellation} (with the catalog's cap), which {@code claims assess} and the
 * simulator both call.
 */
class SwapLossPropertiesTest {

  private static final PayoutRules RULES = PayoutRules.of(Catalog.builtIn());

  /** F: mostly realistic, sometimes anywhere up to the maximum. */
  private static Gen<Long> forfeited() {
    return Generate.frequency(
        Pair.of(1, Generate.constant(0L)),
        Pair.of(10, longs().between(0, 10_000_000_000L)),
        Pair.of(2, longs().between(0, Long.MAX_VALUE)));
  }

  /** K: kept (positive), nothing, or a penalty paid (negative), to the ends of a long. */
  private static Gen<Long> netKept() {
    return Generate.frequency(
        Pair.of(1, Generate.constant(0L)),
        Pair.of(8, longs().between(-10_000_000_000L, 10_000_000_000L)),
        Pair.of(2, longs().all()));
  }

  private static Gen<Long> caps() {
    return Generate.frequency(
        Pair.of(2, Generate.constant(Terms.NO_CAP)),
        Pair.of(1, Generate.constant(0L)),
        Pair.of(8, longs().between(0, 10_000_000_000L)));
  }

  /** The definition, exactly: max(0, F − max(0, K)), then at most the cap. */
  private static long definition(long f, long k, long cap) {
    BigInteger kept = BigInteger.valueOf(k).max(BigInteger.ZERO);
    return BigInteger.valueOf(f)
        .subtract(kept)
        .max(BigInteger.ZERO)
        .min(BigInteger.valueOf(cap))
        .longValueExact();
  }

  @Test
  void everyFormulaOfTheSwapLossIsTheDefinition() {
    long catalogCap = Catalog.builtIn().get(GuaranteeCode.SWAP_CANCELLATION).capFen();
    qt().forAll(forfeited(), netKept(), caps())
        .checkAssert(
            (f, k, cap) -> {
              assertEquals(definition(f, k, Long.MAX_VALUE), SwapChains.swapLossFen(f, k));
              assertEquals(definition(f, k, cap), PayoutFormulas.swapCancellation(f, k, cap));
              assertEquals(definition(f, k, catalogCap), RULES.swapCancellation(f, k));
            });
  }

  @Test
  void theIssuesExampleLosesTheForfeitedDepositWhole() {
    // F = 150,000, K = −50,000: the guarantee never pays for the penalty on the sale itself.
    assertEquals(15_000_000L, SwapChains.swapLossFen(15_000_000L, -5_000_000L));
    assertEquals(15_000_000L, RULES.swapCancellation(15_000_000L, -5_000_000L));
  }

  /**
   * Over deal states: the intermediary forfeits the purchase's deposit, and on the broken sale
   * keeps the buyer's deposit (buyer at fault), gets nothing (seizure: refunded), or pays the same
   * again as a penalty (it withdrew: returns double). {@link SwapChains#swapLoss} reads F and K
   * from the settlements and agrees with the definition.
   */
  @Test
  void theLossOverDealStatesIsTheDefinition() {
    Gen<CancellationCause> causes =
        Generate.pick(
            List.of(
                CancellationCause.BUYER_CANNOT_FUND,
                CancellationCause.SEIZURE_BEFORE_SIGNING,
                CancellationCause.SELLER_WITHDRAWS));
    qt().forAll(integers().between(1, 200_000), integers().between(1, 200_000), causes)
        .checkAssert(
            (saleDepositYuan, purchaseDepositYuan, cause) -> {
              PartyId p = PartyId.of("p");
              LocalDate d = LocalDate.of(2020, 1, 1);
              DealState sale =
                  DealState.replay(
                      Deal.resale(
                          DealId.of("sale"),
                          PropertyId.of("h1"),
                          PartyId.of("buyer"),
                          p,
                          Money.ofYuan(1_000_000)),
                      List.of(
                          DepositPaid.earnest(
                              d,
                              PartyId.of("buyer"),
                              p,
                              Money.ofYuan(saleDepositYuan),
                              d.plusDays(9)),
                          Cancelled.of(d.plusDays(1), cause)));
              DealState purchase =
                  DealState.replay(
                      Deal.resale(
                          DealId.of("purchase"),
                          PropertyId.of("h2"),
                          p,
                          PartyId.of("seller"),
                          Money.ofYuan(1_000_000)),
                      List.of(
                          DepositPaid.earnest(
                              d,
                              p,
                              PartyId.of("seller"),
                              Money.ofYuan(purchaseDepositYuan),
                              d.plusDays(9)),
                          Cancelled.of(d.plusDays(2), CancellationCause.BUYER_CANNOT_FUND)));
              long f = purchaseDepositYuan * 100L;
              long k =
                  switch (cause) {
                    case BUYER_CANNOT_FUND -> saleDepositYuan * 100L;
                    case SELLER_WITHDRAWS -> -saleDepositYuan * 100L;
                    default -> 0L;
                  };
              assertEquals(k, sale.settlementGain(p).fen(), "the sale's net for the intermediary");
              assertEquals(
                  definition(f, k, Long.MAX_VALUE),
                  SwapChains.swapLoss(p, purchase, List.of(sale)).fen());
            });
  }
}
