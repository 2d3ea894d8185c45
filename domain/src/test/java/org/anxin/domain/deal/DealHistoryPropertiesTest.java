package org.anxin.domain.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.Refusal;
import org.anxin.domain.deal.DealEvent.HandedOver;
import org.anxin.domain.deal.DealEvent.LeaseSigned;
import org.anxin.domain.deal.DealEvent.SecurityDepositWithheld;
import org.anxin.domain.deal.DealEvent.TitleTransferred;
import org.anxin.domain.deal.RandomHistories.Step;
import org.anxin.domain.deposit.DepositKind;
import org.anxin.domain.deposit.DepositLaw;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of every history the fold accepts, over random event sequences. */
class DealHistoryPropertiesTest {

  static Gen<List<Integer>> scripts() {
    return lists().of(integers().all()).ofSizeBetween(0, 60);
  }

  @Test
  void netFlowsOfAllPartiesSumToZeroAfterEveryEvent() {
    qt().forAll(integers().all(), scripts())
        .checkAssert(
            (dealSeed, script) -> {
              for (Step step : RandomHistories.run(RandomHistories.deal(dealSeed), script)) {
                if (step.outcome().isRight()) {
                  DealState s = step.outcome().get();
                  long sum = s.netPositions().values().stream().mapToLong(Money::fen).sum();
                  assertEquals(0L, sum, "net flows after " + step.event());
                  long transferred = 0;
                  for (Transfer t : s.transfers()) {
                    assertTrue(t.amount().isPositive() && !t.from().equals(t.to()), t.toString());
                    transferred += t.amount().fen();
                  }
                  assertTrue(transferred >= 0);
                }
              }
            });
  }

  /**
   * Money is accounted for: what a party received net equals what it holds for others, minus what
   * others hold for it, plus its settlement gain, plus what it still owes, minus what it is still
   * owed, plus deposits applied to the price and security deposits withheld in its favour.
   */
  @Test
  void everyPartysNetPositionIsExplainedByItsHoldingsDebtsAndSettlements() {
    qt().forAll(integers().all(), scripts())
        .checkAssert(
            (dealSeed, script) -> {
              Map<PartyId, Long> applied = new HashMap<>();
              Map<PartyId, Long> withheld = new HashMap<>();
              LeaseSigned lease = null;
              for (Step step : RandomHistories.run(RandomHistories.deal(dealSeed), script)) {
                if (step.outcome().isLeft()) {
                  continue;
                }
                DealEvent e = step.event();
                if (e instanceof TitleTransferred || e instanceof HandedOver) {
                  for (Holding h : step.before().holdings()) {
                    applied.merge(h.holder(), h.amount().fen(), Long::sum);
                    applied.merge(h.payer(), -h.amount().fen(), Long::sum);
                  }
                } else if (e instanceof LeaseSigned l) {
                  lease = l;
                } else if (e instanceof SecurityDepositWithheld w) {
                  withheld.merge(lease.landlord(), w.amount().fen(), Long::sum);
                  withheld.merge(lease.tenant(), -w.amount().fen(), Long::sum);
                }
                DealState s = step.outcome().get();
                for (PartyId p : RandomHistories.EVERYONE) {
                  long expected =
                      heldBy(s, p)
                          - heldFor(s, p)
                          + s.settlementGain(p).fen()
                          + owedBy(s, p)
                          - owedTo(s, p)
                          + applied.getOrDefault(p, 0L)
                          + withheld.getOrDefault(p, 0L);
                  assertEquals(expected, s.netPosition(p).fen(), p + " after " + e);
                }
              }
            });
  }

  @Test
  void theLegalDepositIsCappedAndTheExcessAlwaysComesBack() {
    qt().forAll(integers().all(), scripts())
        .checkAssert(
            (dealSeed, script) -> {
              for (Step step : RandomHistories.run(RandomHistories.deal(dealSeed), script)) {
                if (step.outcome().isLeft()) {
                  continue;
                }
                DealState s = step.outcome().get();
                long price = s.deal().price().fen();
                assertTrue(s.legalDeposit().fen() <= DepositLaw.capFen(price));
                assertTrue(s.legalDeposit().compareTo(s.paid(DepositKind.EARNEST)) <= 0);
                if (!(step.event() instanceof DealEvent.Cancelled c)) {
                  continue;
                }
                Cancellation cancellation = s.cancellation().orElseThrow();
                long earnestHeld = 0;
                long earnestReturned = 0;
                for (SettlementLine line : cancellation.settlement()) {
                  assertTrue(!line.returned().isNegative(), line.toString());
                  if (cancellation.fault().isEmpty()) {
                    continue; // a mutual agreement decides its own amounts
                  }
                  if (line.kind().hasPenaltyEffect()) {
                    earnestHeld += line.held().fen();
                    earnestReturned += line.returned().fen();
                  } else {
                    assertEquals(line.held(), line.returned(), "no penalty effect: " + line);
                  }
                }
                if (cancellation.fault().isPresent()) {
                  long expected =
                      DepositLaw.refundFen(cancellation.fault().get(), price, earnestHeld);
                  assertEquals(expected, earnestReturned, "定金 settled by the law");
                  assertTrue(
                      earnestReturned >= DepositLaw.excessFen(price, earnestHeld),
                      "the excess comes back");
                  assertEquals(c.cause(), cancellation.cause());
                }
              }
            });
  }

  @Test
  void debtsArePositiveAndInDueOrderAndDatesNeverGoBack() {
    qt().forAll(integers().all(), scripts())
        .checkAssert(
            (dealSeed, script) -> {
              List<Step> steps = RandomHistories.run(RandomHistories.deal(dealSeed), script);
              for (Step step : steps) {
                if (step.outcome().isLeft()) {
                  Refusal why = step.outcome().getLeft();
                  assertEquals(step.before().eventCount(), why.event().orElseThrow().index());
                  assertEquals(step.event().type(), why.event().orElseThrow().type());
                  assertTrue(why.message().startsWith(why.path() + ": deal "), why.message());
                  assertEquals(why.message(), why.toException().getMessage());
                  assertEquals(why.path(), why.toException().field());
                  continue;
                }
                DealState s = step.outcome().get();
                Map<List<PartyId>, LocalDate> lastDue = new HashMap<>();
                for (Receivable debt : s.receivables()) {
                  assertTrue(debt.amount().isPositive(), debt.toString());
                  LocalDate previous =
                      lastDue.put(List.of(debt.debtor(), debt.creditor()), debt.due());
                  assertTrue(previous == null || previous.isBefore(debt.due()), debt.toString());
                }
                s.holdings().forEach(h -> assertTrue(h.amount().isPositive(), h.toString()));
                step.before()
                    .lastEventDate()
                    .ifPresent(d -> assertTrue(!step.event().date().isBefore(d)));
              }
              // Replaying the accepted events gives the same state as applying them one by one.
              List<DealEvent> accepted = RandomHistories.accepted(steps);
              DealState replayed = DealState.replay(RandomHistories.deal(dealSeed), accepted);
              DealState last =
                  steps.isEmpty()
                      ? DealState.open(RandomHistories.deal(dealSeed))
                      : lastAccepted(steps);
              assertEquals(last.transfers(), replayed.transfers());
              assertEquals(last.receivables(), replayed.receivables());
              assertEquals(last.stage(), replayed.stage());
              assertEquals(accepted.size(), replayed.eventCount());
            });
  }

  /**
   * A state is a value: applying an event to it, accepted or not, leaves it as it was (the fold
   * changes a copy of its fields), applying the same event again gives the same outcome, and what
   * it returns cannot be changed through its lists and maps.
   */
  @Test
  void applyingAnEventLeavesTheStateItWasAppliedToUnchanged() {
    qt().forAll(integers().all(), scripts())
        .checkAssert(
            (dealSeed, script) -> {
              for (Step step : RandomHistories.run(RandomHistories.deal(dealSeed), script)) {
                DealState before = step.before();
                List<Object> was = snapshot(before);
                Either<Refusal, DealState> again = before.tryApply(step.event());
                assertEquals(was, snapshot(before), "after " + step.event());
                assertEquals(
                    step.outcome().map(DealHistoryPropertiesTest::snapshot),
                    again.map(DealHistoryPropertiesTest::snapshot),
                    "again " + step.event());
                assertUnmodifiable(before);
              }
            });
  }

  /** Everything a state tells, copied. */
  private static List<Object> snapshot(DealState s) {
    List<Object> all = new ArrayList<>();
    all.add(s.deal());
    all.add(s.eventCount());
    all.add(s.lastEventDate());
    all.add(s.stage());
    all.add(Map.copyOf(s.milestones()));
    all.add(s.signingDeadline());
    all.add(s.loanRefusedOn());
    all.add(List.copyOf(s.titleReports()));
    all.add(List.copyOf(s.arrearsClaims()));
    all.add(List.copyOf(s.holdings()));
    for (DepositKind kind : DepositKind.values()) {
      all.add(s.paid(kind));
    }
    all.add(s.appliedToPrice());
    all.add(s.cancellation());
    all.add(List.copyOf(s.receivables()));
    all.add(List.copyOf(s.withholdings()));
    all.add(s.resoldOn());
    all.add(List.copyOf(s.transfers()));
    return all;
  }

  private static void assertUnmodifiable(DealState s) {
    assertThrows(UnsupportedOperationException.class, () -> s.milestones().clear());
    assertThrows(UnsupportedOperationException.class, () -> s.titleReports().clear());
    assertThrows(UnsupportedOperationException.class, () -> s.arrearsClaims().clear());
    assertThrows(UnsupportedOperationException.class, () -> s.holdings().clear());
    assertThrows(UnsupportedOperationException.class, () -> s.receivables().clear());
    assertThrows(UnsupportedOperationException.class, () -> s.withholdings().clear());
    assertThrows(UnsupportedOperationException.class, () -> s.transfers().clear());
    assertThrows(UnsupportedOperationException.class, () -> s.netPositions().clear());
  }

  /**
   * The generator is useful only if it reaches every kind of event and stage; this checks it does
   * on a fixed sample, so the properties above are not vacuously true.
   */
  @Test
  void theGeneratorReachesEveryEventAndStage() {
    Set<String> events = new HashSet<>();
    Set<DealStage> stages = EnumSet.noneOf(DealStage.class);
    Set<String> fields = new HashSet<>();
    SplittableRandom r = new SplittableRandom(42);
    for (int i = 0; i < 500; i++) {
      List<Integer> script = new ArrayList<>();
      for (int k = 0; k < 60; k++) {
        script.add(r.nextInt());
      }
      for (Step step : RandomHistories.run(RandomHistories.deal(r.nextInt()), script)) {
        if (step.outcome().isRight()) {
          events.add(step.event().type());
          stages.add(step.outcome().get().stage());
        } else {
          fields.add(step.outcome().getLeft().field());
        }
      }
    }
    assertEquals(
        Set.of(DealEvent.class.getPermittedSubclasses()).stream()
            .map(Class::getSimpleName)
            .collect(Collectors.toSet()),
        events);
    assertEquals(EnumSet.allOf(DealStage.class), stages);
    assertTrue(
        fields.containsAll(Set.of("type", "date", "amount", "payer", "cause")), fields.toString());
  }

  private static DealState lastAccepted(List<Step> steps) {
    DealState last = steps.get(0).before();
    for (Step step : steps) {
      if (step.outcome().isRight()) {
        last = step.outcome().get();
      }
    }
    return last;
  }

  private static long heldBy(DealState s, PartyId p) {
    return s.holdings().stream()
        .filter(h -> h.holder().equals(p))
        .mapToLong(h -> h.amount().fen())
        .sum();
  }

  private static long heldFor(DealState s, PartyId p) {
    return s.holdings().stream()
        .filter(h -> h.payer().equals(p))
        .mapToLong(h -> h.amount().fen())
        .sum();
  }

  private static long owedBy(DealState s, PartyId p) {
    return s.receivables().stream()
        .filter(d -> d.debtor().equals(p))
        .mapToLong(d -> d.amount().fen())
        .sum();
  }

  private static long owedTo(DealState s, PartyId p) {
    return s.receivables().stream()
        .filter(d -> d.creditor().equals(p))
        .mapToLong(d -> d.amount().fen())
        .sum();
  }
}
