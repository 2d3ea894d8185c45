package org.anxin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent.ArrearsClaimed;
import org.anxin.domain.deal.DealEvent.ContractSigned;
import org.anxin.domain.deal.DealEvent.DepositPaid;
import org.anxin.domain.deal.DealEvent.HandedOver;
import org.anxin.domain.deal.DealEvent.LoanApproved;
import org.anxin.domain.deal.DealEvent.TitleTransferred;
import org.anxin.domain.deal.DealStage;
import org.anxin.domain.deal.DealState;
import org.junit.jupiter.api.Test;

/**
 * Canonical case 3 (DESIGN.md §2): preparing Dai's handover, the management company claims fees for
 * 2005-02 … 2014-07; there is no handover holdback. Everything before the claim is assumed.
 */
class ArrearsCaseTest {

  static final PartyId DAI = PartyId.of("dai");
  static final PartyId SELLER = PartyId.of("dai-seller");
  static final Deal DEAL =
      Deal.resale(
          DealId.of("dai"), PropertyId.of("dai-flat"), DAI, SELLER, Money.ofYuan(3_000_000));

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void arrearsOf114MonthsAt560AreClaimedAfterTheTransfer() {
    DealState s = DealState.open(DEAL);
    s =
        s.apply(
            DepositPaid.earnest(
                date("2021-05-10"), DAI, SELLER, Money.ofYuan(100_000), date("2021-05-31")));
    s = s.apply(new ContractSigned(date("2021-05-20")));
    s = s.apply(new LoanApproved(date("2021-06-20")));
    s = s.apply(new TitleTransferred(date("2021-08-10")));
    assertEquals(DealStage.TRANSFERRED, s.stage());
    assertEquals(Money.ofYuan(100_000), s.appliedToPrice(), "the deposit became part of the price");
    assertEquals(List.of(), s.holdings());

    FeeArrears fees =
        FeeArrears.monthly(
            "物业管理公司", YearMonth.of(2005, 2), YearMonth.of(2014, 7), Money.parse("560.00"));
    s = s.apply(new ArrearsClaimed(date("2021-08-16"), fees));

    assertEquals(114, fees.months());
    assertEquals(Money.parse("63840.00"), s.arrearsClaimed());
    assertEquals(Money.parse("560.00").times(114), s.arrearsClaimed());
    assertEquals(Money.ZERO, s.deal().terms().handoverHoldback(), "no holdback in this deal");

    s = s.apply(new HandedOver(date("2021-08-20")));
    assertEquals(DealStage.HANDED_OVER, s.stage());
    assertEquals(Money.parse("63840.00"), s.arrearsClaimed(), "the claim stays on record");
  }
}
