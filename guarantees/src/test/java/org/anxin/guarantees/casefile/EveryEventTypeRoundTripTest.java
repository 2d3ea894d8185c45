package org.anxin.guarantees.casefile;

import static org.anxin.guarantees.testing.TestCases.caseOf;
import static org.anxin.guarantees.testing.TestCases.date;
import static org.anxin.guarantees.testing.TestCases.deal;
import static org.anxin.guarantees.testing.TestCases.party;
import static org.anxin.guarantees.testing.TestCases.rental;
import static org.anxin.guarantees.testing.TestCases.resale;
import static org.anxin.guarantees.testing.TestCases.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.anxin.domain.FeeArrears;
import org.anxin.domain.TitleReport;
import org.anxin.domain.deal.CancellationCause;
import org.anxin.domain.deal.DealEvent;
import org.junit.jupiter.api.Test;

/**
 * Every type of deal event is written with all its fields and read back unchanged. The compiler
 * makes the writer handle every type; this makes sure it writes what the reader needs, and it fails
 * for a new event type until the case below has one.
 */
class EveryEventTypeRoundTripTest {

  /** A case with an event of every type. */
  private static CaseFile everyEventType() {
    return caseOf(
        List.of(
            deal(
                resale("completed", "buyer", "seller", 3_000_000),
                new DealEvent.IntentMoneyPaid(
                    date("2021-01-02"), party("buyer"), party("broker"), yuan(10_000)),
                DealEvent.DepositPaid.earnest(
                    date("2021-01-05"),
                    party("buyer"),
                    party("seller"),
                    yuan(100_000),
                    date("2021-02-01")),
                new DealEvent.SigningPostponed(date("2021-01-20"), date("2021-02-15")),
                new DealEvent.TitleSearched(
                    TitleReport.clean(date("2021-01-25"), List.of(party("seller")))),
                new DealEvent.ContractSigned(date("2021-02-10")),
                new DealEvent.LoanRefused(date("2021-02-12")),
                new DealEvent.LoanApproved(date("2021-02-20")),
                new DealEvent.ArrearsClaimed(
                    date("2021-03-01"),
                    FeeArrears.ofTotal(
                        "物业", YearMonth.of(2019, 1), YearMonth.of(2019, 12), yuan(5_000))),
                new DealEvent.TitleTransferred(date("2021-03-05")),
                new DealEvent.HandedOver(date("2021-03-10"))),
            deal(
                resale("withdrawn", "buyer2", "seller2", 2_000_000),
                DealEvent.DepositPaid.earnest(
                    date("2021-01-05"),
                    party("buyer2"),
                    party("seller2"),
                    yuan(100_000),
                    date("2021-02-01")),
                DealEvent.Cancelled.of(date("2021-01-10"), CancellationCause.SELLER_WITHDRAWS),
                new DealEvent.RefundPromised(
                    date("2021-01-11"),
                    party("seller2"),
                    party("buyer2"),
                    yuan(100_000),
                    date("2021-03-31")),
                new DealEvent.RefundPaid(
                    date("2021-01-12"), party("seller2"), party("buyer2"), yuan(100_000)),
                new DealEvent.Resold(date("2021-02-01"))),
            deal(
                rental("lease", "tenant", "landlord", 5_000),
                new DealEvent.LeaseSigned(
                    date("2021-04-01"), party("tenant"), party("landlord"), yuan(10_000)),
                new DealEvent.MovedIn(date("2021-04-02")),
                new DealEvent.MovedOut(date("2022-04-01")),
                new DealEvent.SecurityDepositReturned(date("2022-04-03"), yuan(8_000)),
                new DealEvent.SecurityDepositWithheld(date("2022-04-03"), yuan(2_000), "清洁费"))),
        List.of(),
        List.of());
  }

  @Test
  void aCaseWithEveryEventTypeSurvivesWritingInBothFormats() {
    CaseFile file = everyEventType();
    assertEquals(
        Set.of(DealEvent.class.getPermittedSubclasses()),
        file.deals().stream()
            .flatMap(d -> d.events().stream())
            .map(Object::getClass)
            .collect(Collectors.toSet()),
        "the case has an event of every type");
    for (CaseFormat format : CaseFormat.values()) {
      String text = file.write(format);
      assertEquals(file, CaseFile.parse(text, format), () -> format + ":\n" + text);
    }
  }

  @Test
  void eachEventTypeHasItsOwnCaseFileTypeUnderEitherName() {
    List<DealEvent> events =
        everyEventType().deals().stream().flatMap(d -> d.events().stream()).toList();
    Map<Class<?>, EventType> byClass = new HashMap<>();
    for (DealEvent e : events) {
      EventType type = EventType.of(e);
      assertEquals(type.id(), EventType.idOfDomainName(e.type()), e::toString);
      assertEquals(type, EventType.parse("type", type.id()), e::toString);
      byClass.put(e.getClass(), type);
    }
    assertEquals(
        EnumSet.allOf(EventType.class),
        EnumSet.copyOf(byClass.values()),
        "no two event types share a case-file type, and every case-file type is used");
  }
}
