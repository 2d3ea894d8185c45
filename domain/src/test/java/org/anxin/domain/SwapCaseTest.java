package org.anxin.domain;

import static org.anxin.domain.deal.CancellationCause.BUYER_CANNOT_FUND;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxin.domain.chain.ChainBreak;
import org.anxin.domain.chain.FundingGraph;
import org.anxin.domain.chain.FundingLink;
import org.anxin.domain.chain.SwapChains;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent.Cancelled;
import org.anxin.domain.deal.DealEvent.DepositPaid;
import org.anxin.domain.deal.DealEvent.Resold;
import org.anxin.domain.deal.DealEvent.SigningPostponed;
import org.anxin.domain.deal.DealStage;
import org.anxin.domain.deal.DealState;
import org.anxin.domain.deposit.Fault;
import org.junit.jupiter.api.Test;

/**
 * Canonical case 1 (DESIGN.md §2): Zhou sells to Tie and buys from Lin; Tie cannot pay, the sale
 * breaks, the flat is not resold by 2020-02-19, the purchase breaks, Zhou's swap loss is 150,000 −
 * 100,000.
 */
class SwapCaseTest {

  static final PartyId ZHOU = PartyId.of("zhou");
  static final PartyId TIE = PartyId.of("tie");
  static final PartyId LIN = PartyId.of("lin");
  static final DealId SALE_ID = DealId.of("tie-zhou");
  static final DealId PURCHASE_ID = DealId.of("zhou-lin");

  // Prices are the design's assumed values.
  static final Deal SALE =
      Deal.resale(SALE_ID, PropertyId.of("zhou-flat"), TIE, ZHOU, Money.ofYuan(3_000_000));
  static final Deal PURCHASE =
      Deal.resale(PURCHASE_ID, PropertyId.of("lin-flat"), ZHOU, LIN, Money.ofYuan(5_000_000));

  static final FundingGraph GRAPH =
      FundingGraph.of(List.of(new FundingLink(SALE_ID, PURCHASE_ID, date("2020-02-19"))));

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  static Money yuan(long yuan) {
    return Money.ofYuan(yuan);
  }

  static DealState brokenSale() {
    DealState s = DealState.open(SALE);
    s =
        s.apply(
            DepositPaid.earnest(date("2020-01-13"), TIE, ZHOU, yuan(100_000), date("2020-02-07")));
    s = s.apply(new SigningPostponed(date("2020-02-05"), date("2020-02-12")));
    return s.apply(Cancelled.of(date("2020-02-12"), BUYER_CANNOT_FUND));
  }

  static DealState brokenPurchase() {
    DealState s = DealState.open(PURCHASE);
    s =
        s.apply(
            DepositPaid.earnest(date("2020-01-15"), ZHOU, LIN, yuan(150_000), date("2020-02-11")));
    s = s.apply(new SigningPostponed(date("2020-02-10"), date("2020-02-19")));
    return s.apply(Cancelled.of(date("2020-02-19"), BUYER_CANNOT_FUND));
  }

  @Test
  void saleDepositPositionsAfterEachEvent() {
    DealState s = DealState.open(SALE);

    s =
        s.apply(
            DepositPaid.earnest(date("2020-01-13"), TIE, ZHOU, yuan(100_000), date("2020-02-07")));
    assertEquals(DealStage.DEPOSIT_PAID, s.stage());
    assertEquals(yuan(100_000), s.held(ZHOU));
    assertEquals(yuan(100_000), s.legalDeposit());
    assertEquals(Optional.of(date("2020-02-07")), s.signingDeadline());
    assertEquals(yuan(-100_000), s.netPosition(TIE));
    assertEquals(yuan(100_000), s.netPosition(ZHOU));

    s = s.apply(new SigningPostponed(date("2020-02-05"), date("2020-02-12")));
    assertEquals(Optional.of(date("2020-02-12")), s.signingDeadline());
    assertEquals(yuan(100_000), s.held(ZHOU));

    s = s.apply(Cancelled.of(date("2020-02-12"), BUYER_CANNOT_FUND));
    assertEquals(DealStage.CANCELLED, s.stage());
    assertEquals(Optional.of(Fault.PAYER), s.cancellation().orElseThrow().fault());
    assertEquals(Money.ZERO, s.held(ZHOU), "nothing is held any more: the deposit is settled");
    assertEquals(List.of(), s.receivables(), "Tie forfeits: nothing comes back to him");
    assertEquals(yuan(100_000), s.settlementGain(ZHOU));
    assertEquals(yuan(-100_000), s.settlementGain(TIE));
    assertEquals(yuan(100_000), s.netPosition(ZHOU));
  }

  @Test
  void purchaseDepositPositionsAfterEachEvent() {
    DealState s = DealState.open(PURCHASE);

    s =
        s.apply(
            DepositPaid.earnest(date("2020-01-15"), ZHOU, LIN, yuan(150_000), date("2020-02-11")));
    assertEquals(yuan(150_000), s.held(LIN));
    assertEquals(yuan(-150_000), s.netPosition(ZHOU));

    s = s.apply(new SigningPostponed(date("2020-02-10"), date("2020-02-19")));
    assertEquals(Optional.of(date("2020-02-19")), s.signingDeadline());

    s = s.apply(Cancelled.of(date("2020-02-19"), BUYER_CANNOT_FUND));
    assertEquals(Optional.of(Fault.PAYER), s.cancellation().orElseThrow().fault());
    assertEquals(List.of(), s.receivables());
    assertEquals(yuan(-150_000), s.settlementGain(ZHOU), "Zhou forfeits her deposit to Lin");
    assertEquals(yuan(150_000), s.settlementGain(LIN));
  }

  @Test
  void theBrokenSaleBreaksThePurchaseAndZhouLoses50000() {
    DealState sale = brokenSale();
    DealState purchase = brokenPurchase();

    List<ChainBreak> breaks =
        SwapChains.propagate(GRAPH, List.of(SALE_ID), SwapChains.resaleDates(List.of(sale)));

    assertEquals(List.of(new ChainBreak(PURCHASE_ID, List.of(SALE_ID))), breaks);
    assertEquals(Money.parse("50000.00"), SwapChains.swapLoss(ZHOU, purchase, List.of(sale)));
    assertEquals(5_000_000L, SwapChains.swapLossFen(15_000_000L, 10_000_000L));
  }

  @Test
  void aResaleOnTheWindowDayRescuesThePurchase() {
    DealState resold = brokenSale().apply(new Resold(date("2020-02-19")));

    assertEquals(
        List.of(),
        SwapChains.propagate(GRAPH, List.of(SALE_ID), SwapChains.resaleDates(List.of(resold))));
  }

  @Test
  void aResaleTheDayAfterTheWindowIsTooLate() {
    DealState resold = brokenSale().apply(new Resold(date("2020-02-20")));

    List<ChainBreak> breaks =
        SwapChains.propagate(GRAPH, List.of(SALE_ID), SwapChains.resaleDates(List.of(resold)));

    assertEquals(List.of(PURCHASE_ID), breaks.stream().map(ChainBreak::purchase).toList());
  }

  @Test
  void noSwapLossWhenTheDepositKeptCoversTheOneForfeited() {
    DealState bigSale =
        DealState.replay(
            SALE,
            List.of(
                DepositPaid.earnest(
                    date("2020-01-13"), TIE, ZHOU, yuan(160_000), date("2020-02-07")),
                Cancelled.of(date("2020-02-12"), BUYER_CANNOT_FUND)));

    assertEquals(Money.ZERO, SwapChains.swapLoss(ZHOU, brokenPurchase(), List.of(bigSale)));
  }

  @Test
  void noSwapLossWhenThePurchaseWasCancelledWithoutForfeit() {
    DealState purchase =
        DealState.replay(
            PURCHASE,
            List.of(
                DepositPaid.earnest(
                    date("2020-01-15"), ZHOU, LIN, yuan(150_000), date("2020-02-11")),
                Cancelled.atFault(date("2020-02-19"), BUYER_CANNOT_FUND, Fault.NOBODY)));

    assertEquals(1, purchase.receivables().size(), "her deposit comes back");
    assertEquals(Money.ZERO, SwapChains.swapLoss(ZHOU, purchase, List.of(brokenSale())));
  }

  @Test
  void netFlowsOfBothDealsSumToZero() {
    for (DealState s : List.of(brokenSale(), brokenPurchase())) {
      Map<PartyId, Money> net = s.netPositions();
      assertEquals(0L, net.values().stream().mapToLong(Money::fen).sum(), s.toString());
    }
  }
}
