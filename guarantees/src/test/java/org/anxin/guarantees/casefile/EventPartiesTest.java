package org.anxin.guarantees.casefile;

import static org.anxin.guarantees.testing.TestCases.date;
import static org.anxin.guarantees.testing.TestCases.party;
import static org.anxin.guarantees.testing.TestCases.rental;
import static org.anxin.guarantees.testing.TestCases.resale;
import static org.anxin.guarantees.testing.TestCases.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Party;
import org.anxin.domain.PartyId;
import org.anxin.domain.Property;
import org.anxin.domain.TitleReport;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent;
import org.anxin.domain.deal.Share;
import org.anxin.domain.deposit.DepositKind;
import org.junit.jupiter.api.Test;

/**
 * Every field of an event that names a party is checked against the case's parties, with the
 * field's path in the file, before the history is folded.
 */
class EventPartiesTest {

  private static final LocalDate DAY = date("2021-01-05");
  private static final PartyId A = party("a");
  private static final PartyId B = party("b");
  private static final PartyId GHOST = party("ghost");

  /** The refusal of a case whose one deal has the single event {@code event}. */
  private static InvalidInputException refusal(Deal deal, DealEvent event) {
    return assertThrows(
        InvalidInputException.class,
        () ->
            new CaseFile(
                "test",
                "",
                List.of(new Party(A, "A"), new Party(B, "B")),
                List.of(new Property(deal.property(), "home")),
                List.of(CaseDeal.of(deal, List.of(event))),
                List.of(),
                List.of()));
  }

  @Test
  void anUnknownPartyInAnyEventFieldIsRefusedAtThatField() {
    Deal sale = resale("d", "a", "b", 1_000_000);
    Deal lease = rental("d", "a", "b", 5_000);
    Map<String, DealEvent> byField = new LinkedHashMap<>();
    byField.put("payer", new DealEvent.IntentMoneyPaid(DAY, GHOST, B, yuan(1)));
    byField.put("holder", new DealEvent.IntentMoneyPaid(DAY, A, GHOST, yuan(1)));
    byField.put("payer ", DealEvent.DepositPaid.earnest(DAY, GHOST, B, yuan(1), DAY));
    byField.put(
        "shares[1].holder",
        new DealEvent.DepositPaid(
            DAY,
            DepositKind.EARNEST,
            A,
            List.of(new Share(B, yuan(1)), new Share(GHOST, yuan(1))),
            DAY));
    byField.put(
        "owners[1]", new DealEvent.TitleSearched(TitleReport.clean(DAY, List.of(B, GHOST))));
    byField.put("from", new DealEvent.RefundPaid(DAY, GHOST, A, yuan(1)));
    byField.put("to", new DealEvent.RefundPaid(DAY, B, GHOST, yuan(1)));
    byField.put("from ", new DealEvent.RefundPromised(DAY, GHOST, A, yuan(1), DAY));
    byField.put("to ", new DealEvent.RefundPromised(DAY, B, GHOST, yuan(1), DAY));
    byField.put(
        "agreedReturns.ghost", DealEvent.Cancelled.byAgreement(DAY, Map.of(GHOST, yuan(1))));
    for (Map.Entry<String, DealEvent> e : byField.entrySet()) {
      assertEquals(
          "deals[0].events[0]."
              + e.getKey().strip()
              + ": unknown party; the case has a, b"
              + " (got 'ghost')",
          refusal(sale, e.getValue()).getMessage(),
          e.getValue()::toString);
    }
    assertEquals(
        "deals[0].events[0].tenant",
        refusal(lease, new DealEvent.LeaseSigned(DAY, GHOST, B, yuan(1))).field());
    assertEquals(
        "deals[0].events[0].landlord",
        refusal(lease, new DealEvent.LeaseSigned(DAY, A, GHOST, yuan(1))).field());
  }

  @Test
  void knownPartiesPassOnToTheHistorysOwnRules() {
    // The parties exist, so what refuses this refund is the fold: nothing is owed yet.
    InvalidInputException e =
        refusal(resale("d", "a", "b", 1_000_000), new DealEvent.RefundPaid(DAY, B, A, yuan(1)));
    assertEquals("deals[0].events[0].type", e.field());
  }
}
