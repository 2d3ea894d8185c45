package org.anxin.guarantees.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxin.domain.DealId;
import org.anxin.domain.PartyId;
import org.anxin.domain.Refusal;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The ledger after any generated sequence of filings, assessments, approvals, rejections, payments,
 * recoveries, write-offs and resales — valid or not — agrees with a simple cash model kept beside
 * it, balances, and comes out the same when the sequence is replayed.
 */
class LedgerPropertiesTest {

  private static final PayoutKind[] KINDS = PayoutKind.values();
  private static final GuaranteeCode[] CODES = GuaranteeCode.values();
  private static final LocalDate START = LocalDate.of(2020, 1, 1);

  /** The action "whatever comes next in this claim's normal life", so lives get to their end. */
  private static final int NEXT_STEP = 8;

  /** One step: what to do, to which of a few claims, with which amount, how many days later. */
  private record Op(int action, int claim, long amountFen, int kindOrCode, int daysLater) {}

  private static Gen<Op> ops() {
    Gen<Long> amounts = longs().between(0, 5).mix(longs().between(0, 1_000_000_000L), 85);
    // Weighted so that generated claims often get through to payment, recovery and resale.
    Gen<Integer> actions =
        Generate.frequency(
            Pair.of(3, Generate.constant(0)), // file
            Pair.of(4, Generate.constant(1)), // assess
            Pair.of(4, Generate.constant(2)), // approve
            Pair.of(1, Generate.constant(3)), // reject
            Pair.of(4, Generate.constant(4)), // pay
            Pair.of(4, Generate.constant(5)), // recover
            Pair.of(1, Generate.constant(6)), // write off
            Pair.of(2, Generate.constant(7)), // resell
            Pair.of(12, Generate.constant(NEXT_STEP)));
    return actions
        .zip(
            integers().between(0, 3),
            integers().between(0, CODES.length * KINDS.length - 1),
            (action, claim, kindOrCode) -> new int[] {action, claim, kindOrCode})
        .zip(
            amounts,
            integers().between(-2, 40),
            (a, amount, days) -> new Op(a[0], a[1], amount, a[2], days));
  }

  /** What the model knows of one claim. */
  private static final class Model {
    PayoutKind kind;
    GuaranteeCode code;
    long assessed;
    long paid;
    long recovered;
    long writtenOff;
  }

  /** The cash model: sums kept from the steps the ledger accepted. */
  private static final class Cash {
    final Map<Integer, Model> claims = new HashMap<>();
    long[] paidByKind = new long[KINDS.length];
    long[] countByKind = new long[KINDS.length];
    long recovered;
    long writtenOff;
    long resaleProceeds;
    long losses;
    long gains;
    long held;
  }

  private static Either<Refusal, Claim> apply(
      LiabilityLedger ledger, Cash cash, Op op, LocalDate on) {
    ClaimId id = ClaimId.of("C" + op.claim());
    Model m = cash.claims.get(op.claim());
    Either<Refusal, Claim> result;
    int action = op.action() == NEXT_STEP ? nextStep(ledger.claim(id), op) : op.action();
    switch (action) {
      case 0 -> {
        PayoutKind kind = KINDS[op.kindOrCode() % KINDS.length];
        GuaranteeCode code = CODES[op.kindOrCode() / KINDS.length];
        result = ledger.file(id, code, kind, DealId.of("deal"), PartyId.of("payee"), on);
        if (result.isRight()) {
          Model fresh = new Model();
          fresh.kind = kind;
          fresh.code = code;
          cash.claims.put(op.claim(), fresh);
        }
      }
      case 1 -> {
        List<PartyId> from =
            m != null && m.kind == PayoutKind.ADVANCE ? List.of(PartyId.of("debtor")) : List.of();
        result = ledger.assess(id, on, op.amountFen(), from);
        if (result.isRight()) {
          m.assessed = op.amountFen();
        }
      }
      case 2 -> result = ledger.approve(id, on);
      case 3 -> result = ledger.reject(id, on, "generated");
      case 4 -> {
        result = ledger.pay(id, on);
        if (result.isRight()) {
          m.paid = m.assessed;
          cash.paidByKind[m.kind.ordinal()] += m.paid;
          cash.countByKind[m.kind.ordinal()]++;
          if (m.kind == PayoutKind.BUYBACK) {
            cash.held += m.paid;
          }
        }
      }
      case 5 -> {
        // Recover either the generated amount or exactly what is outstanding.
        long amount =
            m != null && op.amountFen() % 2 == 0
                ? m.paid - m.recovered - m.writtenOff
                : op.amountFen();
        result = ledger.recover(id, on, amount);
        if (result.isRight()) {
          m.recovered += amount;
          cash.recovered += amount;
        }
      }
      case 6 -> {
        result = ledger.writeOff(id, on);
        if (result.isRight()) {
          long rest = m.paid - m.recovered - m.writtenOff;
          m.writtenOff += rest;
          cash.writtenOff += rest;
        }
      }
      default -> {
        result = ledger.resell(id, on, op.amountFen());
        if (result.isRight()) {
          cash.resaleProceeds += op.amountFen();
          cash.held -= m.paid;
          cash.losses += Math.max(0, m.paid - op.amountFen());
          cash.gains += Math.max(0, op.amountFen() - m.paid);
        }
      }
    }
    return result;
  }

  private static int nextStep(Optional<Claim> claim, Op op) {
    if (claim.isEmpty()) {
      return 0;
    }
    Claim c = claim.get();
    return switch (c.status()) {
      case FILED -> 1;
      case ASSESSED -> c.assessedFen() == 0 ? 3 : 2;
      case APPROVED -> 4;
      case PAID -> c.kind() == PayoutKind.BUYBACK ? 7 : op.amountFen() % 5 == 1 ? 6 : 5;
      case REJECTED, RECOVERED, WRITTEN_OFF, RESOLD -> op.amountFen() % 2 == 0 ? 1 : 5;
    };
  }

  private static LiabilityLedger run(List<Op> ops, Cash cash) {
    LiabilityLedger ledger = new LiabilityLedger();
    LocalDate on = START;
    for (Op op : ops) {
      on = on.plusDays(op.daysLater());
      LedgerTotals before = ledger.totals();
      List<Claim> claimsBefore = ledger.claims();
      Either<Refusal, Claim> result = apply(ledger, cash, op, on);
      if (result.isLeft()) {
        assertTrue(!result.getLeft().problem().isBlank());
        assertEquals("C" + op.claim(), result.getLeft().field(), "a refusal names its claim");
        assertEquals(before, ledger.totals(), "a refused step changed the totals");
        assertEquals(claimsBefore, ledger.claims(), "a refused step changed a claim");
      }
      assertTrue(ledger.totals().balances(), () -> "unbalanced: " + ledger.totals());
    }
    return ledger;
  }

  @Test
  void theLedgerBalancesAndAgreesWithTheCashModel() {
    qt().forAll(lists().of(ops()).ofSizeBetween(0, 80))
        .checkAssert(
            ops -> {
              Cash cash = new Cash();
              LiabilityLedger ledger = run(ops, cash);
              LedgerTotals t = ledger.totals();
              long[] paid = cash.paidByKind;
              assertEquals(paid[PayoutKind.COMPENSATION.ordinal()], t.compensationsFen());
              assertEquals(paid[PayoutKind.ADVANCE.ordinal()], t.advancesFen());
              assertEquals(paid[PayoutKind.BUYBACK.ordinal()], t.buyBacksFen());
              assertEquals(paid[PayoutKind.REFUND.ordinal()], t.refundsFen());
              long cashOut = 0;
              for (long p : paid) {
                cashOut += p;
              }
              assertEquals(cashOut, t.cashOutFen());
              assertEquals(cashOut - paid[PayoutKind.REFUND.ordinal()], t.grossPaidFen());
              assertEquals(cash.recovered, t.recoveredFen());
              assertEquals(cash.writtenOff, t.writtenOffFen());
              assertEquals(
                  paid[PayoutKind.ADVANCE.ordinal()] - cash.recovered - cash.writtenOff,
                  t.advancesOutstandingFen());
              assertEquals(cash.resaleProceeds, t.resaleProceedsFen());
              assertEquals(cash.held, t.buyBacksHeldFen());
              assertEquals(cash.gains, t.buyBackGainsFen());
              assertEquals(
                  paid[PayoutKind.COMPENSATION.ordinal()]
                      + paid[PayoutKind.REFUND.ordinal()]
                      + cash.losses
                      + cash.writtenOff,
                  t.netCostFen());
              for (PayoutKind kind : KINDS) {
                assertEquals(cash.countByKind[kind.ordinal()], t.count(kind));
              }
              assertEquals(
                  t.count(PayoutKind.COMPENSATION)
                      + t.count(PayoutKind.ADVANCE)
                      + t.count(PayoutKind.BUYBACK),
                  t.payouts());

              LedgerTotals sum = LedgerTotals.ZERO;
              for (GuaranteeCode code : CODES) {
                assertTrue(ledger.totals(code).balances());
                sum = sum.plus(ledger.totals(code));
              }
              assertEquals(t, sum, "the guarantees' totals add up to the ledger's");
              for (Claim c : ledger.claims()) {
                assertTrue(c.outstandingFen() >= 0);
                assertTrue(c.paidFen() == 0 || c.paidFen() == c.assessedFen());
              }
            });
  }

  @Test
  void theSameStepsGiveTheSameBook() {
    qt().forAll(lists().of(ops()).ofSizeBetween(0, 60))
        .checkAssert(
            ops -> {
              LiabilityLedger first = run(ops, new Cash());
              LiabilityLedger second = run(ops, new Cash());
              assertEquals(first.totals(), second.totals());
              assertEquals(first.claims(), second.claims());
            });
  }
}
