package org.anxin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.anxin.domain.chain.ChainBreak;
import org.anxin.domain.chain.FundingGraph;
import org.anxin.domain.chain.FundingLink;
import org.anxin.domain.chain.SwapChains;
import org.anxin.domain.deal.CancellationCause;
import org.anxin.domain.deal.ContractTerms;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent;
import org.anxin.domain.deal.DealEvent.ArrearsClaimed;
import org.anxin.domain.deal.DealEvent.Cancelled;
import org.anxin.domain.deal.DealEvent.ContractSigned;
import org.anxin.domain.deal.DealEvent.DepositPaid;
import org.anxin.domain.deal.DealEvent.HandedOver;
import org.anxin.domain.deal.DealEvent.RefundPaid;
import org.anxin.domain.deal.DealEvent.RefundPromised;
import org.anxin.domain.deal.DealEvent.Resold;
import org.anxin.domain.deal.DealEvent.SigningPostponed;
import org.anxin.domain.deal.DealEvent.TitleSearched;
import org.anxin.domain.deal.DealEvent.TitleTransferred;
import org.anxin.domain.deal.DealKind;
import org.anxin.domain.deal.DealState;
import org.anxin.domain.deal.Receivable;
import org.anxin.domain.deal.Share;
import org.anxin.domain.deposit.DepositKind;
import org.anxin.domain.deposit.DepositLaw;
import org.anxin.domain.deposit.Fault;
import org.junit.jupiter.api.Test;

/** The snippets of docs/domain.md, verbatim where possible, with the results the guide states. */
class DomainGuideExamplesTest {

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void moneySnippet() {
    Money price = Money.ofYuan(3_000_000);
    Money fee = Money.parse("monthlyFee", "560.00");
    assertEquals(300_000_000L, price.fen());
    assertEquals(56_000L, fee.fen());
    assertEquals("63840.00", fee.times(114).toString());
    assertEquals("50000.00", Money.format(5_000_000L));
  }

  @Test
  void dealAndFoldSnippets() {
    PartyId tie = PartyId.of("tie");
    PartyId zhou = PartyId.of("zhou");
    Deal sale =
        Deal.resale(
            DealId.of("tie-zhou"),
            PropertyId.of("zhou-flat"),
            PartyId.of("tie"),
            PartyId.of("zhou"),
            Money.ofYuan(3_000_000));
    Deal withLoanClause = sale.withTerms(ContractTerms.STANDARD.withLoanClause(true));
    Deal notOurs = sale.withBrokeredByUs(false);
    assertTrue(withLoanClause.terms().loanClause());
    assertEquals(false, notOurs.brokeredByUs());

    DealState s = DealState.open(sale);
    s =
        s.apply(
            DepositPaid.earnest(
                LocalDate.parse("2020-01-13"),
                tie,
                zhou,
                Money.ofYuan(100_000),
                LocalDate.parse("2020-02-07")));
    Either<Refusal, DealState> next = s.tryApply(new HandedOver(LocalDate.parse("2020-01-20")));
    assertTrue(next.isLeft());
    List<DealEvent> events = List.of(new ContractSigned(date("2020-01-20")));
    Either<Refusal, DealState> checked = DealState.tryReplay(sale, events);
    DealState whole = DealState.replay(sale, events);
    assertTrue(checked.isRight());
    assertEquals(1, whole.eventCount());
  }

  @Test
  void depositLawSnippet() {
    long price = 100_000_000L;
    long paid = 30_000_000L;
    assertEquals(20_000_000L, DepositLaw.legalDepositFen(price, paid));
    assertEquals(10_000_000L, DepositLaw.refundFen(Fault.PAYER, price, paid));
    assertEquals(50_000_000L, DepositLaw.refundFen(Fault.RECEIVER, price, paid));
  }

  @Test
  void swapCase() {
    PartyId zhou = PartyId.of("zhou");
    PartyId tie = PartyId.of("tie");
    PartyId lin = PartyId.of("lin");
    DealId saleId = DealId.of("tie-zhou");
    DealId purchaseId = DealId.of("zhou-lin");
    Deal sale = Deal.resale(saleId, PropertyId.of("zhou-flat"), tie, zhou, Money.ofYuan(3_000_000));
    Deal purchase =
        Deal.resale(purchaseId, PropertyId.of("lin-flat"), zhou, lin, Money.ofYuan(5_000_000));

    DealState saleState =
        DealState.replay(
            sale,
            List.of(
                DepositPaid.earnest(
                    date("2020-01-13"), tie, zhou, Money.ofYuan(100_000), date("2020-02-07")),
                new SigningPostponed(date("2020-02-05"), date("2020-02-12")),
                Cancelled.of(date("2020-02-12"), CancellationCause.BUYER_CANNOT_FUND)));
    DealState purchaseState =
        DealState.replay(
            purchase,
            List.of(
                DepositPaid.earnest(
                    date("2020-01-15"), zhou, lin, Money.ofYuan(150_000), date("2020-02-11")),
                new SigningPostponed(date("2020-02-10"), date("2020-02-19")),
                Cancelled.of(date("2020-02-19"), CancellationCause.BUYER_CANNOT_FUND)));

    FundingGraph graph =
        FundingGraph.of(List.of(new FundingLink(saleId, purchaseId, date("2020-02-19"))))
            .checkAgainst(List.of(sale, purchase));
    List<ChainBreak> breaks =
        SwapChains.propagate(graph, List.of(saleId), SwapChains.resaleDates(List.of(saleState)));

    assertEquals("[ChainBreak[purchase=zhou-lin, brokenBy=[tie-zhou]]]", breaks.toString());
    assertEquals("100000.00", saleState.settlementGain(zhou).toString());
    assertEquals("-150000.00", purchaseState.settlementGain(zhou).toString());
    assertEquals(
        "50000.00", SwapChains.swapLoss(zhou, purchaseState, List.of(saleState)).toString());

    DealState resold = saleState.apply(new Resold(date("2020-02-19")));
    assertEquals(
        List.of(),
        SwapChains.propagate(graph, List.of(saleId), SwapChains.resaleDates(List.of(resold))));
  }

  @Test
  void seizureCase() {
    PartyId wu = PartyId.of("wu");
    PartyId ownerA = PartyId.of("owner-a");
    PartyId ownerB = PartyId.of("owner-b");
    Deal deal =
        Deal.of(
            DealId.of("wu-ab"),
            DealKind.RESALE,
            PropertyId.of("ab-flat"),
            List.of(wu),
            List.of(ownerA, ownerB),
            Money.ofYuan(4_000_000));
    DealState s =
        DealState.replay(
            deal,
            List.of(
                new DepositPaid(
                    date("2021-10-01"),
                    DepositKind.EARNEST,
                    wu,
                    List.of(
                        new Share(ownerA, Money.ofYuan(100_000)),
                        new Share(ownerB, Money.ofYuan(100_000))),
                    date("2021-10-15")),
                new TitleSearched(
                    new TitleReport(
                        date("2021-10-12"),
                        List.of(ownerA, ownerB),
                        List.of(new Encumbrance.Seizure("上海市某区人民法院", date("2021-10-11"))),
                        List.of())),
                Cancelled.of(date("2021-10-13"), CancellationCause.SEIZURE_BEFORE_SIGNING),
                new RefundPaid(date("2021-10-14"), ownerA, wu, Money.ofYuan(100_000)),
                new RefundPromised(
                    date("2021-10-14"), ownerB, wu, Money.ofYuan(100_000), date("2022-01-31"))));

    assertEquals(
        List.of(new Receivable(ownerB, wu, Money.ofYuan(100_000), date("2022-01-31"))),
        s.receivables());
    assertEquals(
        "[Receivable[debtor=owner-b, creditor=wu, amount=100000.00, due=2022-01-31]]",
        s.receivables().toString());
    assertEquals("100000.00", s.owedTo(wu).toString());
  }

  @Test
  void arrearsCase() {
    PartyId dai = PartyId.of("dai");
    PartyId seller = PartyId.of("dai-seller");
    Deal deal =
        Deal.resale(
            DealId.of("dai"), PropertyId.of("dai-flat"), dai, seller, Money.ofYuan(3_000_000));
    DealState s =
        DealState.replay(
            deal,
            List.of(
                DepositPaid.earnest(
                    date("2021-05-10"), dai, seller, Money.ofYuan(100_000), date("2021-05-31")),
                new ContractSigned(date("2021-05-20")),
                new TitleTransferred(date("2021-08-10")),
                new ArrearsClaimed(
                    date("2021-08-16"),
                    FeeArrears.monthly(
                        "物业管理公司",
                        YearMonth.of(2005, 2),
                        YearMonth.of(2014, 7),
                        Money.parse("560.00")))));

    assertEquals("63840.00", s.arrearsClaimed().toString());
    assertEquals("0.00", s.deal().terms().handoverHoldback().toString());
  }
}
