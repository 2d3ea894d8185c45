package org.anxin.guarantees.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxin.domain.DealId;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.PartyId;
import org.anxin.domain.Refusal;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;
import org.junit.jupiter.api.Test;

class ClaimTest {

  private static final LocalDate D1 = LocalDate.of(2021, 10, 14);
  private static final LocalDate D2 = LocalDate.of(2021, 10, 15);
  private static final LocalDate D3 = LocalDate.of(2022, 1, 31);
  private static final PartyId B = PartyId.of("B");

  private static Claim filed(PayoutKind kind) {
    return Claim.file(
        ClaimId.of("C1"),
        GuaranteeCode.PRE_SIGNING_SEIZURE,
        kind,
        DealId.of("wu"),
        PartyId.of("Wu"),
        D1);
  }

  private static Claim ok(Either<Refusal, Claim> step) {
    assertTrue(step.isRight(), () -> "refused: " + step.getLeft());
    return step.get();
  }

  private static String refused(Either<Refusal, Claim> step) {
    assertTrue(step.isLeft(), () -> "accepted: " + step.get());
    return step.getLeft().message();
  }

  private static Claim paidAdvance(long fen) {
    Claim c = ok(filed(PayoutKind.ADVANCE).assess(D1, fen, List.of(B)));
    return ok(ok(c.approve(D1)).pay(D2));
  }

  @Test
  void theSeizureAdvanceFromFilingToRecovery() {
    Claim c = filed(PayoutKind.ADVANCE);
    assertEquals(ClaimStatus.FILED, c.status());
    assertEquals(DealId.of("wu"), c.deal());
    assertEquals(PartyId.of("Wu"), c.payee());
    assertEquals(D1, c.filedOn());
    c = ok(c.assess(D1, 10_000_000, List.of(B)));
    assertEquals(ClaimStatus.ASSESSED, c.status());
    assertEquals(List.of(B), c.recoverFrom());
    c = ok(c.approve(D1));
    assertEquals(ClaimStatus.APPROVED, c.status());
    assertEquals(0, c.paidFen());
    c = ok(c.pay(D2));
    assertEquals(ClaimStatus.PAID, c.status());
    assertEquals(10_000_000, c.paidFen());
    assertEquals(10_000_000, c.outstandingFen());
    assertFalse(c.isClosed());
    c = ok(c.recover(D3, 4_000_000));
    assertEquals(ClaimStatus.PAID, c.status());
    assertEquals(6_000_000, c.outstandingFen());
    c = ok(c.recover(D3, 6_000_000));
    assertEquals(ClaimStatus.RECOVERED, c.status());
    assertEquals(0, c.outstandingFen());
    assertTrue(c.isClosed());
    assertEquals(D3, c.lastEventOn());
  }

  @Test
  void anAdvanceIsRecoveredFromEveryPartyItNames() {
    PartyId a = PartyId.of("A");
    Claim c = ok(filed(PayoutKind.ADVANCE).assess(D1, 20_000_000, List.of(a, B)));
    assertEquals(List.of(a, B), c.recoverFrom());
    assertEquals(List.of(a, B), ok(ok(c.approve(D1)).pay(D2)).recoverFrom());
  }

  @Test
  void anAdvanceWrittenOffAfterAPartialRecovery() {
    Claim c = ok(paidAdvance(6_384_000).recover(D3, 384_000));
    c = ok(c.writeOff(D3));
    assertEquals(ClaimStatus.WRITTEN_OFF, c.status());
    assertEquals(6_000_000, c.writtenOffFen());
    assertEquals(384_000, c.recoveredFen());
    assertEquals(0, c.outstandingFen());
    assertTrue(c.isClosed());
    assertTrue(refused(c.recover(D3, 1)).contains("cannot be recovered"));
    assertTrue(refused(c.writeOff(D3)).contains("cannot be written off"));
  }

  @Test
  void aCompensationIsClosedOncePaid() {
    Claim c = ok(filed(PayoutKind.COMPENSATION).assess(D1, 5_000_000, List.of()));
    c = ok(ok(c.approve(D1)).pay(D1));
    assertTrue(c.isClosed());
    assertEquals(0, c.outstandingFen());
    assertTrue(refused(c.recover(D2, 1)).contains("only an advance is recovered"));
    assertTrue(refused(c.writeOff(D2)).contains("only an advance is written off"));
    assertTrue(refused(c.resell(D2, 1)).contains("only a bought-back home is resold"));
    assertTrue(refused(c.pay(D2)).contains("a paid compensation claim cannot be paid"));
  }

  @Test
  void aBuyBackIsOpenUntilTheHomeIsResold() {
    Claim c = ok(filed(PayoutKind.BUYBACK).assess(D1, 400_000_000, List.of()));
    c = ok(ok(c.approve(D1)).pay(D2));
    assertFalse(c.isClosed());
    assertTrue(refused(c.resell(D3, -1)).contains("cannot be negative"));
    assertEquals(0, ok(c.resell(D3, 0)).resaleProceedsFen(), "a resale may bring nothing");
    c = ok(c.resell(D3, 320_000_000));
    assertEquals(ClaimStatus.RESOLD, c.status());
    assertEquals(320_000_000, c.resaleProceedsFen());
    assertTrue(c.isClosed());
    assertTrue(refused(c.resell(D3, 1)).contains("cannot be resold"));
  }

  @Test
  void aRefundIsClosedOncePaid() {
    Claim c = ok(filed(PayoutKind.REFUND).assess(D1, 100, List.of()));
    assertTrue(ok(ok(c.approve(D1)).pay(D1)).isClosed());
  }

  @Test
  void aClaimMayBeAssessedAgainUntilApproved() {
    Claim c = ok(filed(PayoutKind.COMPENSATION).assess(D1, 100, List.of()));
    c = ok(c.assess(D2, 200, List.of()));
    assertEquals(200, c.assessedFen());
    c = ok(c.approve(D2));
    assertTrue(refused(c.assess(D2, 300, List.of())).contains("cannot be assessed"));
  }

  @Test
  void nothingOwedCannotBeApprovedOnlyRejected() {
    Claim c = ok(filed(PayoutKind.ADVANCE).assess(D1, 0, List.of()));
    assertTrue(refused(c.approve(D1)).contains("nothing is owed"));
    c = ok(c.reject(D1, " nothing owed: both owners refunded "));
    assertEquals(ClaimStatus.REJECTED, c.status());
    assertEquals(Optional.of("nothing owed: both owners refunded"), c.rejectionReason());
    assertTrue(c.isClosed());
  }

  @Test
  void invalidStepsAreRefusedWithAReason() {
    Claim filed = filed(PayoutKind.ADVANCE);
    Refusal refusal = filed.approve(D1).getLeft();
    assertEquals("C1", refusal.field(), "a claim's refusal names the claim");
    assertEquals("C1: a filed advance claim cannot be approved", refusal.message());
    assertEquals(refusal.message(), refusal.toException().getMessage());
    assertTrue(refused(filed.pay(D1)).contains("cannot be paid"));
    assertTrue(refused(filed.recover(D1, 1)).contains("cannot be recovered"));
    assertTrue(refused(filed.writeOff(D1)).contains("cannot be written off"));
    assertTrue(refused(filed.assess(D1, -1, List.of(B))).contains("cannot be negative"));
    assertTrue(refused(filed.assess(D1, 1, List.of())).contains("must name whom it is recovered"));
    assertTrue(
        refused(filed(PayoutKind.COMPENSATION).assess(D1, 1, List.of(B)))
            .contains("only an advance is recovered"));
    assertTrue(refused(filed.reject(D1, " ")).contains("needs a reason"));
    assertTrue(refused(filed.reject(D1, null)).contains("needs a reason"));
    Claim rejected = ok(filed.reject(D1, "late"));
    assertTrue(refused(rejected.reject(D1, "again")).contains("cannot be rejected"));
    assertTrue(refused(rejected.assess(D1, 1, List.of(B))).contains("cannot be assessed"));
  }

  @Test
  void recoveriesMustBePositiveAndNoMoreThanOutstanding() {
    Claim c = paidAdvance(1_000);
    assertTrue(refused(c.recover(D3, 0)).contains("more than 0.00"));
    assertTrue(refused(c.recover(D3, 1_001)).contains("at most the 10.00 outstanding: 10.01"));
    assertEquals(ClaimStatus.RECOVERED, ok(c.recover(D3, 1_000)).status());
  }

  @Test
  void stepsCannotGoBackInTime() {
    Claim c = ok(filed(PayoutKind.COMPENSATION).assess(D2, 100, List.of()));
    String reason = refused(c.approve(D1));
    assertTrue(reason.contains("2021-10-14 is before the claim's last step on 2021-10-15"), reason);
    assertTrue(
        refused(filed(PayoutKind.COMPENSATION).reject(D1.minusDays(1), "x")).contains("before"));
  }

  @Test
  void aClaimNeedsADealAPayeeAndAnId() {
    assertThrows(
        NullPointerException.class,
        () ->
            Claim.file(
                ClaimId.of("C"),
                GuaranteeCode.FEE_ARREARS,
                PayoutKind.ADVANCE,
                null,
                PartyId.of("Dai"),
                D1));
    assertThrows(
        NullPointerException.class,
        () ->
            Claim.file(
                ClaimId.of("C"),
                GuaranteeCode.FEE_ARREARS,
                PayoutKind.ADVANCE,
                DealId.of("d"),
                null,
                D1));
    assertThrows(InvalidInputException.class, () -> ClaimId.of(" C1"));
    assertThrows(InvalidInputException.class, () -> ClaimId.of(""));
    assertThrows(InvalidInputException.class, () -> ClaimId.of(null));
    assertEquals("C1", ClaimId.of("C1").toString());
  }

  @Test
  void amountsThatDoNotAddUpCannotBeBuilt() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Claim(
                ClaimId.of("C"),
                GuaranteeCode.FEE_ARREARS,
                PayoutKind.ADVANCE,
                DealId.of("d"),
                PartyId.of("p"),
                D1,
                ClaimStatus.PAID,
                D1,
                10,
                List.of(B),
                Optional.empty(),
                10,
                6,
                5,
                0));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Claim(
                ClaimId.of("C"),
                GuaranteeCode.FEE_ARREARS,
                PayoutKind.ADVANCE,
                DealId.of("d"),
                PartyId.of("p"),
                D1,
                ClaimStatus.PAID,
                D1,
                -1,
                List.of(B),
                Optional.empty(),
                0,
                0,
                0,
                0));
  }
}
