package org.anxin.domain.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxin.domain.DealId;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.PropertyId;
import org.anxin.domain.deposit.Fault;
import org.junit.jupiter.api.Test;

class DealTest {

  static final PartyId BUYER = PartyId.of("buyer");
  static final PartyId SELLER = PartyId.of("seller");
  static final DealId ID = DealId.of("d1");
  static final PropertyId HOME = PropertyId.of("home");

  @Test
  void aNegativePriceIsRejectedNamingFieldAndValue() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> Deal.resale(ID, HOME, BUYER, SELLER, Money.ofFen(-100)));
    assertEquals("deal.price", e.field());
    assertEquals("-1.00", e.value());
    assertEquals("deal.price: must be positive (deal d1) (got -1.00)", e.getMessage());
    assertEquals(
        "deal.price",
        assertThrows(
                InvalidInputException.class, () -> Deal.resale(ID, HOME, BUYER, SELLER, Money.ZERO))
            .field());
  }

  @Test
  void partiesMustBeNamedOnceAndOnOneSide() {
    assertEquals(
        "deal.buyers",
        assertThrows(
                InvalidInputException.class,
                () ->
                    Deal.of(ID, DealKind.RESALE, HOME, List.of(), List.of(SELLER), Money.ofYuan(1)))
            .field());
    assertEquals(
        "deal.sellers",
        assertThrows(
                InvalidInputException.class,
                () ->
                    Deal.of(ID, DealKind.RESALE, HOME, List.of(BUYER), List.of(), Money.ofYuan(1)))
            .field());
    InvalidInputException twice =
        assertThrows(
            InvalidInputException.class,
            () ->
                Deal.of(
                    ID,
                    DealKind.RESALE,
                    HOME,
                    List.of(BUYER, BUYER),
                    List.of(SELLER),
                    Money.ofYuan(1)));
    assertEquals("deal.buyers", twice.field());
    assertEquals("buyer", twice.value());
    InvalidInputException self =
        assertThrows(
            InvalidInputException.class,
            () -> Deal.resale(ID, HOME, BUYER, BUYER, Money.ofYuan(1)));
    assertEquals("deal.sellers", self.field());
  }

  @Test
  void factoriesAndWithers() {
    Deal deal = Deal.rental(ID, HOME, BUYER, SELLER, Money.ofYuan(8_000));
    assertEquals(DealKind.RENTAL, deal.kind());
    assertTrue(deal.brokeredByUs());
    assertFalse(deal.withBrokeredByUs(false).brokeredByUs());
    assertEquals(ContractTerms.STANDARD, deal.terms());
    ContractTerms clause = ContractTerms.STANDARD.withLoanClause(true);
    assertEquals(clause, deal.withTerms(clause).terms());
    assertTrue(deal.involves(BUYER) && deal.involves(SELLER));
    assertFalse(deal.involves(PartyId.of("someone")));
    assertEquals(DealKind.NEW_HOME, Deal.newHome(ID, HOME, BUYER, SELLER, Money.ofYuan(1)).kind());
  }

  @Test
  void theDefaultFaultTable() {
    assertEquals(Optional.of(Fault.NOBODY), CancellationCause.OFFER_DECLINED.defaultFault(false));
    assertEquals(Optional.of(Fault.PAYER), CancellationCause.BUYER_CANNOT_FUND.defaultFault(true));
    assertEquals(Optional.of(Fault.PAYER), CancellationCause.BUYER_WITHDRAWS.defaultFault(true));
    assertEquals(Optional.of(Fault.PAYER), CancellationCause.LOAN_REFUSED.defaultFault(false));
    assertEquals(Optional.of(Fault.NOBODY), CancellationCause.LOAN_REFUSED.defaultFault(true));
    assertEquals(
        Optional.of(Fault.NOBODY), CancellationCause.SEIZURE_BEFORE_SIGNING.defaultFault(false));
    assertEquals(
        Optional.of(Fault.NOBODY), CancellationCause.SEIZURE_AFTER_SIGNING.defaultFault(false));
    assertEquals(
        Optional.of(Fault.RECEIVER), CancellationCause.SELLER_WITHDRAWS.defaultFault(false));
    assertEquals(Optional.empty(), CancellationCause.MUTUAL_AGREEMENT.defaultFault(false));
  }

  @Test
  void contractTermsOverrideTheTable() {
    ContractTerms terms =
        ContractTerms.STANDARD
            .withLoanClause(true)
            .withFault(CancellationCause.SELLER_WITHDRAWS, Fault.NOBODY)
            .withHandoverHoldback(Money.ofYuan(20_000));
    assertEquals(Optional.of(Fault.NOBODY), terms.faultFor(CancellationCause.SELLER_WITHDRAWS));
    assertEquals(Optional.of(Fault.NOBODY), terms.faultFor(CancellationCause.LOAN_REFUSED));
    assertEquals(Optional.of(Fault.PAYER), terms.faultFor(CancellationCause.BUYER_WITHDRAWS));
    assertEquals(Money.ofYuan(20_000), terms.handoverHoldback());
    assertTrue(terms.loanClause());
    assertEquals(Map.of(CancellationCause.SELLER_WITHDRAWS, Fault.NOBODY), terms.faultOverrides());
    ContractTerms two = terms.withFault(CancellationCause.BUYER_WITHDRAWS, Fault.NOBODY);
    assertEquals(Optional.of(Fault.NOBODY), two.faultFor(CancellationCause.SELLER_WITHDRAWS));
    assertEquals(Optional.of(Fault.NOBODY), two.faultFor(CancellationCause.BUYER_WITHDRAWS));
  }

  @Test
  void contractTermsRejectNonsense() {
    assertEquals(
        "terms.faultOverrides",
        assertThrows(
                InvalidInputException.class,
                () ->
                    ContractTerms.STANDARD.withFault(
                        CancellationCause.MUTUAL_AGREEMENT, Fault.PAYER))
            .field());
    assertEquals(
        "terms.handoverHoldback",
        assertThrows(
                InvalidInputException.class,
                () -> ContractTerms.STANDARD.withHandoverHoldback(Money.ofFen(-1)))
            .field());
  }
}
