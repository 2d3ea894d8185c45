package org.anxin.guarantees.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.deal.CancellationCause;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent;
import org.anxin.domain.deal.DealState;
import org.anxin.guarantees.testing.TestCases;
import org.junit.jupiter.api.Test;

/** A case deal folds its history once, to what the domain's fold gives. */
class CaseDealStateTest {

  @Test
  void theStateIsTheFoldOfTheWholeHistoryFoldedOnce() {
    for (String name :
        List.of("swap-cancellation.yaml", "pre-signing-seizure.yaml", "fee-arrears.yaml")) {
      for (CaseDeal deal : TestCases.example(name).deals()) {
        DealState replayed = DealState.replay(deal.deal(), deal.events());
        DealState state = deal.state();
        assertEquals(replayed.stage(), state.stage(), name);
        assertEquals(replayed.netPositions(), state.netPositions(), name);
        assertEquals(replayed.toString(), state.toString(), name);
        assertSame(state, deal.state(), "folded once");
        assertEquals(List.copyOf(deal.events()), deal.events(), "still the list of events");
      }
    }
  }

  @Test
  void aHistoryThatDoesNotFoldSaysSoAsTheDomainDoes() {
    Deal sale = TestCases.resale("d", "b", "s", 3_000_000);
    // Cancelled twice: the second cancellation cannot happen.
    DealEvent cancelled =
        DealEvent.Cancelled.of(TestCases.date("2020-02-12"), CancellationCause.BUYER_WITHDRAWS);
    CaseDeal deal = TestCases.deal(sale, cancelled, cancelled);
    String expected =
        assertThrows(
                InvalidInputException.class,
                () -> DealState.replay(sale, List.of(cancelled, cancelled)))
            .getMessage();
    assertEquals(expected, assertThrows(InvalidInputException.class, deal::state).getMessage());
  }
}
