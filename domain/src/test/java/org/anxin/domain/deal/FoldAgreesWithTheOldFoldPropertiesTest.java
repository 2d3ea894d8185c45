package org.anxin.domain.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.control.Either;
import java.util.Optional;
import org.anxin.domain.Money;
import org.anxin.domain.deal.RandomHistories.Step;
import org.anxin.domain.deposit.DepositKind;
import org.junit.jupiter.api.Test;

/**
 * The fold split by job (issue 8) accepts and rejects exactly what the old single-class fold did,
 * with the same reasons, and ends in the same state, on random histories of every kind.
 */
class FoldAgreesWithTheOldFoldPropertiesTest {

  @Test
  void everyStepHasTheOldOutcome() {
    qt().forAll(integers().all(), DealHistoryPropertiesTest.scripts())
        .checkAssert(
            (dealSeed, script) -> {
              Deal deal = RandomHistories.deal(dealSeed);
              OldDealFold old = new OldDealFold(deal);
              for (Step step : RandomHistories.run(deal, script)) {
                Either<Rejection, OldDealFold> expected = OldDealFold.step(old, step.event());
                String at = step.event().toString();
                assertEquals(expected.isRight(), step.outcome().isRight(), at);
                if (expected.isLeft()) {
                  assertEquals(expected.getLeft(), step.outcome().getLeft(), at);
                  continue;
                }
                old = expected.get();
                assertSameState(old, step.outcome().get(), at);
              }
            });
  }

  private static void assertSameState(OldDealFold f, DealState s, String at) {
    assertEquals(f.deal, s.deal(), at);
    assertEquals(f.eventCount, s.eventCount(), at);
    assertEquals(Optional.ofNullable(f.lastDate), s.lastEventDate(), at);
    assertEquals(f.stage, s.stage(), at);
    assertEquals(f.milestones, s.milestones(), at);
    assertEquals(Optional.ofNullable(f.signingDeadline), s.signingDeadline(), at);
    assertEquals(Optional.ofNullable(f.loanRefusedOn), s.loanRefusedOn(), at);
    assertEquals(f.titleReports, s.titleReports(), at);
    assertEquals(f.arrearsClaims, s.arrearsClaims(), at);
    assertEquals(f.holdings, s.holdings(), at);
    for (DepositKind kind : DepositKind.values()) {
      assertEquals(f.paid.getOrDefault(kind, Money.ZERO), s.paid(kind), at);
    }
    assertEquals(f.appliedToPrice, s.appliedToPrice(), at);
    assertEquals(Optional.ofNullable(f.cancellation), s.cancellation(), at);
    assertEquals(f.receivables, s.receivables(), at);
    assertEquals(f.withholdings, s.withholdings(), at);
    assertEquals(Optional.ofNullable(f.resoldOn), s.resoldOn(), at);
    assertEquals(f.transfers, s.transfers(), at);
    assertEquals(f.tenant, s.fields().tenant, at);
    assertEquals(f.landlord, s.fields().landlord, at);
  }
}
