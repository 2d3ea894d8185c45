package org.anxin.guarantees.casefile;

import static org.anxin.guarantees.testing.TestCases.caseOf;
import static org.anxin.guarantees.testing.TestCases.date;
import static org.anxin.guarantees.testing.TestCases.deal;
import static org.anxin.guarantees.testing.TestCases.dealId;
import static org.anxin.guarantees.testing.TestCases.example;
import static org.anxin.guarantees.testing.TestCases.party;
import static org.anxin.guarantees.testing.TestCases.rental;
import static org.anxin.guarantees.testing.TestCases.resale;
import static org.anxin.guarantees.testing.TestCases.withEvent;
import static org.anxin.guarantees.testing.TestCases.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anxin.domain.Encumbrance;
import org.anxin.domain.FeeArrears;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Money;
import org.anxin.domain.Party;
import org.anxin.domain.PartyId;
import org.anxin.domain.Property;
import org.anxin.domain.PropertyId;
import org.anxin.domain.TitleReport;
import org.anxin.domain.deal.ContractTerms;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent;
import org.anxin.domain.deal.DealKind;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.junit.jupiter.api.Test;

/** The case-file value types and the checks a case built in code goes through. */
class CaseFileValuesTest {

  @Test
  void formatsByExtension() {
    assertEquals(CaseFormat.YAML, CaseFormat.of(Path.of("a/b.yaml")));
    assertEquals(CaseFormat.YAML, CaseFormat.of(Path.of("B.YML")));
    assertEquals(CaseFormat.JSON, CaseFormat.of(Path.of("c.Json")));
    assertThrows(InvalidInputException.class, () -> CaseFormat.of(Path.of("yaml")));
  }

  @Test
  void factsHoldValuesOfTheirType() {
    ClaimFacts facts =
        ClaimFacts.NONE
            .with(Fact.REPAIR_COST, yuan(12_000))
            .with(Fact.LEAK_FOUND_ON, date("2022-02-16"))
            .with(Fact.UNUSABLE_DAYS, 3L)
            .with(Fact.TENANT_CAUSED, false);
    assertEquals(Optional.of(yuan(12_000)), facts.money(Fact.REPAIR_COST));
    assertEquals(1_200_000L, facts.fenOrZero(Fact.REPAIR_COST));
    assertEquals(0L, facts.fenOrZero(Fact.COMMISSION));
    assertEquals(Optional.of(date("2022-02-16")), facts.date(Fact.LEAK_FOUND_ON));
    assertEquals(Optional.of(3L), facts.count(Fact.UNUSABLE_DAYS));
    assertEquals(Optional.of(false), facts.flag(Fact.TENANT_CAUSED));
    assertEquals(Optional.empty(), facts.flag(Fact.ABOVE_STANDARD));
    assertTrue(facts.has(Fact.REPAIR_COST));
    assertFalse(facts.has(Fact.COMMISSION));
    assertThrows(IllegalArgumentException.class, () -> facts.money(Fact.LEAK_FOUND_ON));
    assertThrows(IllegalArgumentException.class, () -> ClaimFacts.NONE.with(Fact.REPAIR_COST, 5L));
    assertThrows(
        IllegalArgumentException.class, () -> ClaimFacts.NONE.with(Fact.REPAIR_COST, yuan(-1)));
    assertThrows(
        IllegalArgumentException.class, () -> ClaimFacts.NONE.with(Fact.UNUSABLE_DAYS, -1L));
    assertThrows(
        IllegalArgumentException.class, () -> ClaimFacts.NONE.with(Fact.ABOVE_STANDARD, "yes"));
    assertThrows(
        IllegalArgumentException.class, () -> ClaimFacts.NONE.with(Fact.MEASURED_ON, "2022-01-01"));
  }

  @Test
  void factsBelongToTheirGuarantees() {
    assertEquals(List.of(Fact.COMMISSION), Fact.of(GuaranteeCode.COMMISSION_REFUND));
    assertEquals(List.of(), Fact.of(GuaranteeCode.SWAP_CANCELLATION));
    assertEquals(
        Set.of(GuaranteeCode.LEAK_WARRANTY, GuaranteeCode.RENTAL_LEAK), Fact.LEAK_FOUND_ON.codes());
    assertEquals(Fact.REPAIR_COST, Fact.parse("f", "repairCost"));
    assertEquals(
        "f", assertThrows(InvalidInputException.class, () -> Fact.parse("f", "cost")).field());
    assertTrue(Fact.LEAK_FOUND_ON.isObservation());
    assertFalse(Fact.HUKOU_DEADLINE.isObservation());
  }

  @Test
  void aHukouDeadlineMayBeAfterTheFiling() {
    Deal d = resale("home", "buyer", "seller", 1_000_000);
    Filing f =
        Filing.of(date("2021-01-01"), GuaranteeCode.HUKOU_NOT_MOVED, dealId("home"))
            .with(Fact.HUKOU_DEADLINE, date("2021-06-30"))
            .with(Fact.DAMAGES, yuan(1));
    assertEquals(1, caseOf(deal(d), f).filings().size());
  }

  @Test
  void aDealThatStatesNoHoldbackHasNone() {
    Deal d = resale("home", "buyer", "seller", 1_000_000);
    assertEquals(Optional.empty(), CaseDeal.of(d, List.of()).statedHoldback());
    Deal withHoldback = d.withTerms(ContractTerms.STANDARD.withHandoverHoldback(yuan(5)));
    assertEquals(Optional.of(yuan(5)), CaseDeal.of(withHoldback, List.of()).statedHoldback());
    assertThrows(
        IllegalArgumentException.class, () -> new CaseDeal(withHoldback, List.of(), false));
    assertEquals(Optional.of(Money.ZERO), new CaseDeal(d, List.of(), true).statedHoldback());
  }

  @Test
  void everyPartyAnEventNamesMustBeDeclared() {
    CaseFile seizure = example("pre-signing-seizure.yaml");
    InvalidInputException refund =
        assertThrows(
            InvalidInputException.class,
            () ->
                withEvent(
                    seizure,
                    "wu-ab",
                    new DealEvent.RefundPaid(
                        date("2021-12-01"), party("owner-c"), party("wu"), yuan(1))));
    assertEquals("deals[0].events[5].from", refund.field());
    InvalidInputException promise =
        assertThrows(
            InvalidInputException.class,
            () ->
                withEvent(
                    seizure,
                    "wu-ab",
                    new DealEvent.RefundPromised(
                        date("2021-12-01"),
                        party("owner-b"),
                        party("wo"),
                        yuan(1),
                        date("2022-01-01"))));
    assertEquals("deals[0].events[5].to", promise.field());
    InvalidInputException owner =
        assertThrows(
            InvalidInputException.class,
            () ->
                withEvent(
                    seizure,
                    "wu-ab",
                    new DealEvent.TitleSearched(
                        TitleReport.clean(
                            date("2021-12-01"), List.of(party("owner-a"), party("x"))))));
    assertEquals("deals[0].events[5].owners[1]", owner.field());
  }

  @Test
  void partiesOfIntentMoneyLeasesAndAgreementsMustBeDeclaredToo() {
    Deal d = resale("home", "buyer", "seller", 1_000_000);
    CaseDeal intent =
        deal(
            d,
            new DealEvent.IntentMoneyPaid(
                date("2021-01-01"), party("buyer"), party("broker"), yuan(10)));
    List<Party> parties = List.of(Party.of("buyer", "买家"), Party.of("seller", "卖家"));
    List<Property> homes = List.of(Property.of("home-home", "某处"));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> new CaseFile("c", "", parties, homes, List.of(intent), List.of(), List.of()));
    assertEquals("deals[0].events[0].holder", e.field());
    CaseDeal agreed =
        deal(
            d,
            DealEvent.DepositPaid.earnest(
                date("2021-01-01"), party("buyer"), party("seller"), yuan(10), date("2021-02-01")),
            DealEvent.Cancelled.byAgreement(
                date("2021-01-05"), Map.of(party("stranger"), yuan(1))));
    assertEquals(
        "deals[0].events[1].agreedReturns.stranger",
        assertThrows(
                InvalidInputException.class,
                () -> new CaseFile("c", "", parties, homes, List.of(agreed), List.of(), List.of()))
            .field());
    Deal lease = rental("home", "buyer", "seller", 5_000);
    CaseDeal signed =
        deal(
            lease,
            new DealEvent.LeaseSigned(
                date("2021-01-01"), party("buyer"), party("landlady"), yuan(1)));
    assertEquals(
        "deals[0].events[0].landlord",
        assertThrows(
                InvalidInputException.class,
                () -> new CaseFile("c", "", parties, homes, List.of(signed), List.of(), List.of()))
            .field());
  }

  @Test
  void aRentalInACaseFileHasOneTenantAndOneLandlord() {
    Deal shared =
        Deal.of(
            dealId("flat"),
            DealKind.RENTAL,
            PropertyId.of("flat"),
            List.of(PartyId.of("t1"), PartyId.of("t2")),
            List.of(PartyId.of("l")),
            yuan(5_000));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> caseOf(deal(shared)));
    assertEquals("deals[0].tenant", e.field());
    Deal ok = rental("flat", "t1", "l", 5_000);
    List<Party> parties = List.of(Party.of("t1", "租客"));
    InvalidInputException landlord =
        assertThrows(
            InvalidInputException.class,
            () ->
                new CaseFile(
                    "c",
                    "",
                    parties,
                    List.of(Property.of("flat-home", "x")),
                    List.of(deal(ok)),
                    List.of(),
                    List.of()));
    assertEquals("deals[0].landlord", landlord.field());
  }

  @Test
  void filingsBySeveralBuyersNameTheirClaimant() {
    Deal couple =
        Deal.of(
            dealId("home"),
            DealKind.RESALE,
            PropertyId.of("home-home"),
            List.of(PartyId.of("he"), PartyId.of("she")),
            List.of(PartyId.of("seller")),
            yuan(1_000_000));
    Filing f = Filing.of(date("2021-01-01"), GuaranteeCode.LOAN_REFUSAL, dealId("home"));
    assertEquals(
        "filings[0].claimant: missing; deal home has several buyers [he, she]: name one (got null)",
        assertThrows(InvalidInputException.class, () -> caseOf(deal(couple), f)).getMessage());
    assertEquals(2, caseOf(deal(couple), f.by(party("he")), f.by(party("she"))).filings().size());
    assertEquals(
        "filings[0].claimant",
        assertThrows(InvalidInputException.class, () -> caseOf(deal(couple), f.by(party("nobody"))))
            .field());
  }

  @Test
  void aCaseNeedsAnIdAndADeal() {
    assertThrows(
        InvalidInputException.class,
        () -> new CaseFile(" c", "", List.of(), List.of(), List.of(), List.of(), List.of()));
    assertEquals(
        "deals",
        assertThrows(
                InvalidInputException.class,
                () ->
                    new CaseFile("c", null, List.of(), List.of(), List.of(), List.of(), List.of()))
            .field());
    assertEquals(
        "properties[1].id",
        assertThrows(
                InvalidInputException.class,
                () ->
                    new CaseFile(
                        "c",
                        "",
                        List.of(),
                        List.of(Property.of("p", "a"), Property.of("p", "b")),
                        List.of(),
                        List.of(),
                        List.of()))
            .field());
  }

  @Test
  void theWriterQuotesTextThatWouldReadAsSomethingElseAndNothingMore() {
    CaseFile swap = example("swap-cancellation.yaml");
    List<Party> tricky =
        List.of(
            Party.of("zhou", "1e3"),
            Party.of("tie", "on"),
            Party.of("lin", " 林先生"),
            Party.of("x1", "+5"),
            Party.of("x2", ".5"),
            Party.of("x3", "-x"),
            Party.of("x4", "林先生"));
    CaseFile file =
        new CaseFile(
            swap.id(),
            swap.title(),
            tricky,
            swap.properties(),
            swap.deals(),
            swap.fundingLinks(),
            swap.filings());
    String yaml = file.write(CaseFormat.YAML);
    for (String quoted : List.of("\"1e3\"", "\"on\"", "\" 林先生\"", "\"+5\"", "\".5\"", "\"-x\"")) {
      assertTrue(yaml.contains("name: " + quoted), quoted + " in\n" + yaml);
    }
    assertTrue(yaml.contains("name: 林先生\n"), yaml);
    assertTrue(yaml.contains("date: 2020-01-13\n"), "dates stay plain:\n" + yaml);
    assertTrue(yaml.contains("case: swap-cancellation\n"), yaml);
    assertEquals(file, CaseFile.parse(yaml, CaseFormat.YAML));
  }

  @Test
  void titleReportsWithEveryEncumbranceAndArrearsSurviveWriting() {
    Deal d = resale("home", "buyer", "seller", 1_000_000);
    TitleReport report =
        new TitleReport(
            date("2021-01-02"),
            List.of(party("seller")),
            List.of(
                new Encumbrance.Seizure("法院", date("2021-01-01")),
                new Encumbrance.Mortgage("银行", yuan(500_000)),
                new Encumbrance.Lease("租客", date("2022-12-31")),
                new Encumbrance.ResidenceRight("老人")),
            List.of(
                FeeArrears.ofTotal(
                    "物业",
                    java.time.YearMonth.of(2020, 1),
                    java.time.YearMonth.of(2020, 3),
                    yuan(300))));
    CaseFile file = caseOf(deal(d, new DealEvent.TitleSearched(report)));
    for (CaseFormat format : CaseFormat.values()) {
      assertEquals(file, CaseFile.parse(file.write(format), format), format.name());
    }
  }
}
