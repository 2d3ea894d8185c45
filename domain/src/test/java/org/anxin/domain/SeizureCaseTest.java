package org.anxin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxin.domain.deal.CancellationCause;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent.Cancelled;
import org.anxin.domain.deal.DealEvent.DepositPaid;
import org.anxin.domain.deal.DealEvent.RefundPaid;
import org.anxin.domain.deal.DealEvent.RefundPromised;
import org.anxin.domain.deal.DealEvent.TitleSearched;
import org.anxin.domain.deal.DealKind;
import org.anxin.domain.deal.DealState;
import org.anxin.domain.deal.Receivable;
import org.anxin.domain.deal.Share;
import org.anxin.domain.deposit.DepositKind;
import org.anxin.domain.deposit.Fault;
import org.junit.jupiter.api.Test;

/**
 * Canonical case 2 (DESIGN.md §2): Wu pays co-owners A and B 100,000 each; a seizure shows up
 * before signing; the deal ends without penalty; A refunds, B promises to refund by 2022-01-31.
 */
class SeizureCaseTest {

  static final PartyId WU = PartyId.of("wu");
  static final PartyId A = PartyId.of("owner-a");
  static final PartyId B = PartyId.of("owner-b");
  static final Deal DEAL =
      Deal.of(
          DealId.of("wu-ab"),
          DealKind.RESALE,
          PropertyId.of("ab-flat"),
          List.of(WU),
          List.of(A, B),
          Money.ofYuan(4_000_000));

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  static Money yuan(long yuan) {
    return Money.ofYuan(yuan);
  }

  @Test
  void depositPositionsAfterEachEvent() {
    DealState s = DealState.open(DEAL);

    s =
        s.apply(
            new DepositPaid(
                date("2021-10-01"),
                DepositKind.EARNEST,
                WU,
                List.of(new Share(A, yuan(100_000)), new Share(B, yuan(100_000))),
                date("2021-10-15")));
    assertEquals(yuan(100_000), s.held(A));
    assertEquals(yuan(100_000), s.held(B));
    assertEquals(yuan(200_000), s.legalDeposit());
    assertEquals(yuan(-200_000), s.netPosition(WU));

    TitleReport report =
        new TitleReport(
            date("2021-10-12"),
            List.of(A, B),
            List.of(new Encumbrance.Seizure("上海市某区人民法院", date("2021-10-11"))),
            List.of());
    s = s.apply(new TitleSearched(report));
    assertTrue(s.titleReports().get(0).isSeized());
    assertEquals(
        yuan(200_000), s.holdings().stream().map(h -> h.amount()).reduce(Money.ZERO, Money::plus));

    s = s.apply(Cancelled.of(date("2021-10-13"), CancellationCause.SEIZURE_BEFORE_SIGNING));
    assertEquals(Optional.of(Fault.NOBODY), s.cancellation().orElseThrow().fault());
    assertEquals(
        List.of(
            new Receivable(A, WU, yuan(100_000), date("2021-10-13")),
            new Receivable(B, WU, yuan(100_000), date("2021-10-13"))),
        s.receivables(),
        "a plain refund, not a double return: each owner owes Wu his share, due at once");
    assertEquals(Money.ZERO, s.settlementGain(WU));
    assertEquals(yuan(200_000), s.owedTo(WU));

    s = s.apply(new RefundPaid(date("2021-10-14"), A, WU, yuan(100_000)));
    assertEquals(Money.ZERO, s.owed(A, WU));
    assertEquals(Money.ZERO, s.netPosition(A));
    assertEquals(yuan(-100_000), s.netPosition(WU));

    s = s.apply(new RefundPromised(date("2021-10-14"), B, WU, yuan(100_000), date("2022-01-31")));
    assertEquals(
        List.of(new Receivable(B, WU, yuan(100_000), date("2022-01-31"))), s.receivables());
    assertEquals(yuan(100_000), s.owedTo(WU), "what the guarantee advances");
    assertEquals(yuan(100_000), s.netPosition(B), "B still has Wu's money");
    assertEquals(yuan(-100_000), s.netPosition(WU));
  }

  @Test
  void whenBothOwnersRefundNothingIsOwed() {
    DealState s =
        DealState.replay(
            DEAL,
            List.of(
                new DepositPaid(
                    date("2021-10-01"),
                    DepositKind.EARNEST,
                    WU,
                    List.of(new Share(A, yuan(100_000)), new Share(B, yuan(100_000))),
                    date("2021-10-15")),
                Cancelled.of(date("2021-10-13"), CancellationCause.SEIZURE_BEFORE_SIGNING),
                new RefundPaid(date("2021-10-14"), A, WU, yuan(100_000)),
                new RefundPromised(date("2021-10-14"), B, WU, yuan(100_000), date("2022-01-31")),
                new RefundPaid(date("2022-01-20"), B, WU, yuan(40_000)),
                new RefundPaid(date("2022-01-31"), B, WU, yuan(60_000))));

    assertEquals(List.of(), s.receivables());
    assertEquals(Money.ZERO, s.netPosition(WU));
  }
}
