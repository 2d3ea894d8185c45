package org.anxin.domain.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anxin.domain.DealId;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.PropertyId;
import org.anxin.domain.deal.CancellationCause;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent.Cancelled;
import org.anxin.domain.deal.DealEvent.DepositPaid;
import org.anxin.domain.deal.DealState;
import org.junit.jupiter.api.Test;

/**
 * Chains of 100,000 deals are analysed without recursion limits. Excluded from PIT (it runs the
 * suite once per mutant), kept in every {@code verify}.
 */
class LargeChainTest {

  static final int N = 100_000;
  static final LocalDate DAY = LocalDate.of(2020, 2, 19);

  static DealId deal(int i) {
    return DealId.of("d" + i);
  }

  static List<FundingLink> chain(boolean closed) {
    List<FundingLink> links = new ArrayList<>(N);
    for (int i = 0; i + 1 < N; i++) {
      links.add(new FundingLink(deal(i), deal(i + 1), DAY));
    }
    if (closed) {
      links.add(new FundingLink(deal(N - 1), deal(0), DAY));
    }
    return links;
  }

  @Test
  void aBreakAtTheStartOfAChainOf100000DealsBreaksEveryPurchaseInOrder() {
    List<ChainBreak> breaks =
        SwapChains.propagate(FundingGraph.of(chain(false)), List.of(deal(0)), Map.of());

    assertEquals(N - 1, breaks.size());
    for (int i = 1; i < N; i++) {
      assertEquals(new ChainBreak(deal(i), List.of(deal(i - 1))), breaks.get(i - 1));
    }
  }

  @Test
  void aCycleOf100000DealsTerminates() {
    List<ChainBreak> breaks =
        SwapChains.propagate(FundingGraph.of(chain(true)), List.of(deal(0)), Map.of());

    assertEquals(N - 1, breaks.size());
    assertEquals(deal(N - 1), breaks.get(N - 2).purchase());
  }

  @Test
  void aResaleInTheMiddleStopsTheCascade() {
    List<ChainBreak> breaks =
        SwapChains.propagate(
            FundingGraph.of(chain(false)), List.of(deal(0)), Map.of(deal(N / 2), DAY));

    assertEquals(N / 2, breaks.size());
    assertEquals(deal(N / 2), breaks.get(N / 2 - 1).purchase());
  }

  /**
   * Party i buys deal i from party i + 1, who needs its proceeds for deal i + 1. Every deposit is 1
   * yuan larger than the one before, so every intermediary's swap loss is exactly 1 yuan.
   */
  @Test
  void everyIntermediaryOfA100000DealChainGetsItsOwnSwapLoss() {
    LocalDate paid = LocalDate.of(2020, 1, 10);
    List<DealState> states = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      Deal d =
          Deal.resale(
              deal(i),
              PropertyId.of("h" + (i + 1)),
              PartyId.of("p" + i),
              PartyId.of("p" + (i + 1)),
              Money.ofYuan(5_000_000));
      states.add(
          DealState.replay(
              d,
              List.of(
                  DepositPaid.earnest(
                      paid,
                      PartyId.of("p" + i),
                      PartyId.of("p" + (i + 1)),
                      Money.ofYuan(100_000 + i),
                      DAY),
                  Cancelled.of(DAY, CancellationCause.BUYER_CANNOT_FUND))));
    }

    List<ChainBreak> breaks =
        SwapChains.propagate(FundingGraph.of(chain(false)), List.of(deal(0)), Map.of());

    long total = 0;
    for (ChainBreak b : breaks) {
      int i = Integer.parseInt(b.purchase().value().substring(1));
      total +=
          SwapChains.swapLoss(PartyId.of("p" + i), states.get(i), List.of(states.get(i - 1))).fen();
    }
    assertEquals(Money.ofYuan(N - 1).fen(), total);
  }
}
