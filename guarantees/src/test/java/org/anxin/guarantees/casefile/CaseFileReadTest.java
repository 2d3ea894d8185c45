package org.anxin.guarantees.casefile;

import static org.anxin.guarantees.testing.TestCases.EXAMPLES;
import static org.anxin.guarantees.testing.TestCases.date;
import static org.anxin.guarantees.testing.TestCases.dealId;
import static org.anxin.guarantees.testing.TestCases.example;
import static org.anxin.guarantees.testing.TestCases.party;
import static org.anxin.guarantees.testing.TestCases.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.anxin.domain.Encumbrance;
import org.anxin.domain.FeeArrears;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Money;
import org.anxin.domain.deal.CancellationCause;
import org.anxin.domain.deal.DealEvent;
import org.anxin.domain.deal.DealKind;
import org.anxin.domain.deposit.DepositKind;
import org.anxin.domain.deposit.Fault;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading case files: the examples, every construct of the format, and every kind of mistake. */
class CaseFileReadTest {

  private static String swapYaml() throws IOException {
    return Files.readString(EXAMPLES.resolve("swap-cancellation.yaml"), StandardCharsets.UTF_8);
  }

  /** The swap example with one piece of text replaced, which must be in it. */
  private static String swapWith(String from, String to) throws IOException {
    String text = swapYaml();
    assertTrue(text.contains(from), from);
    return text.replace(from, to);
  }

  private static InvalidInputException error(String yaml) {
    return assertThrows(InvalidInputException.class, () -> CaseFile.parse(yaml, CaseFormat.YAML));
  }

  // ---- The examples ---------------------------------------------------------------------------

  @Test
  void theSwapExampleReadsAsTheSeedTellsIt() {
    CaseFile swap = example("swap-cancellation.yaml");
    assertEquals("swap-cancellation", swap.id());
    assertEquals("周女士", swap.nameOf(party("zhou")));
    assertEquals("铁先生", swap.nameOf(party("tie")));
    assertEquals("林先生", swap.nameOf(party("lin")));
    assertEquals("nobody", swap.nameOf(party("nobody")), "an unknown party shows its id");
    CaseDeal sale = swap.deal(dealId("tie-zhou")).orElseThrow();
    assertEquals(yuan(3_000_000), sale.deal().price());
    assertEquals(List.of(party("tie")), sale.deal().buyers());
    assertTrue(sale.deal().brokeredByUs());
    assertEquals(
        DealEvent.DepositPaid.earnest(
            date("2020-01-13"), party("tie"), party("zhou"), yuan(100_000), date("2020-02-07")),
        sale.events().get(0));
    assertEquals(
        DealEvent.Cancelled.of(date("2020-02-12"), CancellationCause.BUYER_CANNOT_FUND),
        sale.events().get(2));
    assertEquals(
        List.of(
            new org.anxin.domain.chain.FundingLink(
                dealId("tie-zhou"), dealId("zhou-lin"), date("2020-02-19"))),
        swap.fundingLinks());
    assertEquals(
        List.of(
            Filing.of(date("2020-02-10"), GuaranteeCode.SWAP_CANCELLATION, dealId("zhou-lin"))
                .by(party("zhou"))),
        swap.filings());
    assertEquals(Optional.of(date("2020-02-19")), swap.lastDate());
  }

  @Test
  void theJsonSwapExampleIsTheSameCaseAsTheYamlOne() {
    assertEquals(example("swap-cancellation.yaml"), example("swap-cancellation.json"));
  }

  @Test
  void theSeizureAndArrearsExamples() {
    CaseFile seizure = example("pre-signing-seizure.yaml");
    CaseDeal wu = seizure.deals().get(0);
    assertEquals(List.of(party("owner-a"), party("owner-b")), wu.deal().sellers());
    DealEvent.TitleSearched search = (DealEvent.TitleSearched) wu.events().get(1);
    assertEquals(
        List.of(new Encumbrance.Seizure("上海市某区人民法院", date("2021-10-11"))),
        search.report().encumbrances());
    assertEquals(
        new DealEvent.RefundPromised(
            date("2021-10-14"), party("owner-b"), party("wu"), yuan(100_000), date("2022-01-31")),
        wu.events().get(4));
    CaseFile arrears = example("fee-arrears.yaml");
    CaseDeal dai = arrears.deals().get(0);
    assertEquals(Optional.of(Money.ZERO), dai.statedHoldback(), "the seed: no holdback");
    DealEvent.ArrearsClaimed claim = (DealEvent.ArrearsClaimed) dai.events().get(3);
    assertEquals(Money.parse("63840.00"), claim.arrears().total());
    assertEquals(114, claim.arrears().months());
  }

  // ---- The rest of the format -----------------------------------------------------------------

  private static final String OTHER_KINDS =
      """
      case: other-kinds
      parties:
        - {id: t, name: 租客}
        - {id: l, name: 房东}
        - {id: b, name: 买家}
        - {id: dev, name: 开发商}
        - {id: broker, name: 经纪公司}
      properties:
        - {id: flat, address: 某小区 1-101}
        - {id: unit, address: 新楼盘 3-2001}
      deals:
        - id: lease
          kind: rental
          property: flat
          tenant: t
          landlord: l
          rent: 6000
          brokeredByUs: false
          events:
            - {date: 2021-01-01, type: lease-signed, securityDeposit: "12000.00"}
            - {date: 2021-01-02, type: moved-in}
            - {date: 2021-12-31, type: moved-out}
            - {date: 2022-01-02, type: security-deposit-withheld, amount: 2000, reason: 墙面污损}
        - id: subscription
          kind: new-home
          property: unit
          buyers: [b]
          sellers: [dev]
          price: 5000000.5
          brokeredByUs: true
          terms:
            loanClause: true
            faultOverrides: {loan-refused: payer, seller-withdraws: nobody}
          events:
            - {date: 2021-03-01, type: intent-money-paid, payer: b, holder: broker, amount: 10000}
            - {date: 2021-03-02, type: deposit-paid, kind: advance-payment, payer: b, shares: [{holder: dev, amount: 50000}], signingDeadline: 2021-03-31}
            - date: 2021-03-03
              type: title-searched
              feeArrears: [{creditor: 物业, from: 2020-01, to: 2020-12, total: 1200}]
            - {date: 2021-03-04, type: cancelled, cause: mutual-agreement, agreedReturns: {dev: 40000}}
      filings:
        - date: 2022-01-05
          guarantee: RENTAL_DEPOSIT
          deal: lease
          facts: {justifiedDeductions: 500.5}
      """;

  @Test
  void rentalsNewHomesTermsIntentMoneyTitleReportsAndAgreements() {
    CaseFile file = CaseFile.parse(OTHER_KINDS, CaseFormat.YAML);
    CaseDeal lease = file.deals().get(0);
    assertEquals(DealKind.RENTAL, lease.deal().kind());
    assertEquals(List.of(party("t")), lease.deal().buyers());
    assertEquals(yuan(6_000), lease.deal().price());
    assertFalse(lease.deal().brokeredByUs());
    assertEquals(
        new DealEvent.LeaseSigned(date("2021-01-01"), party("t"), party("l"), yuan(12_000)),
        lease.events().get(0),
        "the tenant and landlord of the deal");
    CaseDeal sub = file.deals().get(1);
    assertEquals(Money.parse("5000000.50"), sub.deal().price());
    assertTrue(sub.deal().terms().loanClause());
    assertEquals(
        Fault.NOBODY, sub.deal().terms().faultOverrides().get(CancellationCause.SELLER_WITHDRAWS));
    assertEquals(Optional.empty(), sub.statedHoldback());
    assertEquals(DepositKind.ADVANCE_PAYMENT, ((DealEvent.DepositPaid) sub.events().get(1)).kind());
    DealEvent.TitleSearched search = (DealEvent.TitleSearched) sub.events().get(2);
    assertEquals(List.of(party("dev")), search.report().owners(), "owners default to the sellers");
    assertEquals(
        List.of(
            FeeArrears.ofTotal("物业", YearMonth.of(2020, 1), YearMonth.of(2020, 12), yuan(1_200))),
        search.report().feeArrears());
    DealEvent.Cancelled cancelled = (DealEvent.Cancelled) sub.events().get(3);
    assertEquals(java.util.Map.of(party("dev"), yuan(40_000)), cancelled.agreedReturns());
    assertEquals(
        Optional.of(Money.parse("500.50")),
        file.filings().get(0).facts().money(Fact.JUSTIFIED_DEDUCTIONS));
    assertEquals(
        Optional.of(party("t")), Optional.of(file.filings().get(0).claimant().orElse(party("t"))));
  }

  // ---- Mistakes: each names the field path and the value ---------------------------------------

  @Test
  void malformedYamlNamesTheLineAndColumn() throws IOException {
    InvalidInputException e =
        error(swapWith("  - {id: tie, name: 铁先生}", "  - {id: tie, name: 铁先生"));
    assertEquals("case file:16:5", e.field(), e.getMessage());
    assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith("(got 'expected ',' or '}', but got { (while parsing a flow mapping)')"),
        e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
  }

  @Test
  void aDuplicateKeyNamesTheLineAndTheKey() throws IOException {
    InvalidInputException e = error(swapWith("case: swap-cancellation", "case: a\ncase: b"));
    assertEquals(
        "case file:12:1: duplicate key, already given at line 11 (got 'case')", e.getMessage());
  }

  @Test
  void malformedJson(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"case\": \"x\",", StandardCharsets.UTF_8);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> CaseFile.load(file));
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
  }

  @Test
  void anUnknownGuaranteeCode() throws IOException {
    InvalidInputException e = error(swapWith("SWAP_CANCELLATION", "SWAP_CANCELATION"));
    assertEquals("filings[0].guarantee", e.field());
    assertEquals("SWAP_CANCELATION", e.value());
    assertTrue(
        e.getMessage().startsWith("filings[0].guarantee: unknown guarantee code"), e.getMessage());
  }

  @Test
  void aNegativeAmount() throws IOException {
    InvalidInputException e =
        error(swapWith("holder: lin, amount: 150000.00", "holder: lin, amount: -150000.00"));
    assertEquals(
        "deals[1].events[0].shares[0].amount: must not be negative (got '-150000.00')",
        e.getMessage());
  }

  @Test
  void anAmountWithThreeDecimalsOrACommaIsNotAnAmount() throws IOException {
    assertEquals(
        "deals[0].price", error(swapWith("price: 3000000.00", "price: 3000000.001")).field());
    assertEquals(
        "deals[0].price", error(swapWith("price: 3000000.00", "price: 3,000,000")).field());
    assertEquals(
        "deals[0].price: must be positive (got 0.00)",
        error(swapWith("price: 3000000.00", "price: 0")).getMessage());
  }

  @Test
  void anImpossibleEventSequenceNamesTheEventAndItsField() throws IOException {
    InvalidInputException e =
        error(
            swapWith(
                "{date: 2020-02-10, type: signing-postponed, newDeadline: 2020-02-19}",
                "{date: 2020-02-10, type: title-transferred}"));
    assertEquals("deals[1].events[1].type", e.field());
    assertEquals(
        "deals[1].events[1].type: deal zhou-lin, title-transferred on 2020-02-10: the title is"
            + " transferred after signing; the deal is at stage DEPOSIT_PAID (got"
            + " 'title-transferred')",
        e.getMessage());
  }

  @Test
  void eventsOutOfOrder() throws IOException {
    InvalidInputException e =
        error(swapWith("{date: 2020-02-19, type: cancelled", "{date: 2020-02-09, type: cancelled"));
    assertEquals("deals[1].events[2].date", e.field());
    assertEquals("2020-02-09", e.value());
  }

  @Test
  void aRefundOfMoreThanIsOwed() throws IOException {
    String yaml =
        swapWith(
            "      - {date: 2020-02-19, type: cancelled, cause: buyer-cannot-fund}",
            "      - {date: 2020-02-19, type: cancelled, cause: seller-withdraws}\n"
                + "      - {date: 2020-02-20, type: refund-paid, from: lin, to: zhou, amount: 300000.01}");
    InvalidInputException e = error(yaml);
    assertEquals(
        "deals[1].events[3].amount: deal zhou-lin, refund-paid on 2020-02-20: lin owes zhou only"
            + " 300000.00 (got 300000.01)",
        e.getMessage());
  }

  @Test
  void aDateInTheWrongFormat() throws IOException {
    InvalidInputException e =
        error(swapWith("{date: 2020-02-10, guarantee", "{date: 2020/02/10, guarantee"));
    assertEquals(
        "filings[0].date: must be a date written YYYY-MM-DD (got '2020/02/10')", e.getMessage());
    assertEquals(
        "deals[0].events[0].signingDeadline",
        error(swapWith("signingDeadline: 2020-02-07", "signingDeadline: 2020-02-30")).field());
  }

  @Test
  void unknownPartiesDealsAndProperties() throws IOException {
    assertEquals(
        "deals[0].events[0].payer: unknown party; the case has lin, tie, zhou (got 'tei')",
        error(swapWith("payer: tie", "payer: tei")).getMessage());
    assertEquals("deals[0].buyers[0]", error(swapWith("buyers: [tie]", "buyers: [tei]")).field());
    assertEquals(
        "fundingLinks[0].purchase: unknown deal; the case has tie-zhou, zhou-lin (got 'zhou-lim')",
        error(swapWith("purchase: zhou-lin", "purchase: zhou-lim")).getMessage());
    assertEquals("filings[0].deal", error(swapWith("deal: zhou-lin", "deal: zhou-lim")).field());
    assertEquals(
        "deals[0].property", error(swapWith("property: zhou-flat", "property: zhou-home")).field());
  }

  @Test
  void unknownAndMissingFields() throws IOException {
    assertEquals(
        "deals[0].events[0].signingDeadine",
        error(swapWith("signingDeadline: 2020-02-07", "signingDeadine: 2020-02-07")).field());
    InvalidInputException missing =
        error(
            swapWith(
                "    brokeredByUs: true\n    events:\n      - {date: 2020-01-13",
                "    events:\n      - {date: 2020-01-13"));
    assertEquals("deals[0].brokeredByUs: missing field (got null)", missing.getMessage());
    assertEquals(
        "deals[0].events[1].type",
        error(swapWith("type: signing-postponed", "type: signing-delayed")).field());
    assertEquals(
        "deals[0].events[2].cause",
        error(swapWith("cause: buyer-cannot-fund}\n  # Zhou", "cause: buyer-cant-fund}\n  # Zhou"))
            .field());
  }

  @Test
  void aNumberWhereAnIdBelongs() throws IOException {
    InvalidInputException e = error(swapWith("payer: tie", "payer: 123"));
    assertEquals("deals[0].events[0].payer", e.field());
    assertEquals("123", e.value());
  }

  @Test
  void duplicateIds() throws IOException {
    assertEquals(
        "parties[1].id: a second party with this id (got 'zhou')",
        error(swapWith("{id: tie, name: 铁先生}", "{id: zhou, name: 铁先生}")).getMessage());
  }

  @Test
  void aFundingLinkMustRunThroughTheIntermediary() throws IOException {
    InvalidInputException e =
        error(
            swapWith(
                "{fundingSale: tie-zhou, purchase: zhou-lin",
                "{fundingSale: zhou-lin, purchase: tie-zhou"));
    assertEquals("fundingLinks[0].purchase", e.field());
  }

  @Test
  void filingsNameABuyerAndTheFactsOfTheirGuarantee() throws IOException {
    assertEquals(
        "filings[0].claimant: is not a buyer of deal zhou-lin [zhou] (got 'lin')",
        error(swapWith("claimant: zhou}", "claimant: lin}")).getMessage());
    assertEquals(
        "filings[0].facts.commission: SWAP_CANCELLATION takes no facts: its deal's events decide"
            + " it (got 'commission')",
        error(swapWith("claimant: zhou}", "claimant: zhou, facts: {commission: 100}}"))
            .getMessage());
    assertEquals(
        "filings[0].facts.colour",
        error(swapWith("claimant: zhou}", "claimant: zhou, facts: {colour: 1}}")).field());
    InvalidInputException missing =
        error(
            swapWith(
                "guarantee: SWAP_CANCELLATION, deal: zhou-lin, claimant: zhou}",
                "guarantee: TAX_ESTIMATE, deal: zhou-lin, facts: {quotedTax: 1, actualTax: 2}}"));
    assertEquals(
        "filings[0].facts.quotedInWriting: missing; TAX_ESTIMATE needs quotedTax, actualTax,"
            + " quotedInWriting (got null)",
        missing.getMessage());
    assertEquals(
        "filings[0].facts.leakFoundOn: is after the filing on 2020-02-10 (got '2020-02-11')",
        error(
                swapWith(
                    "guarantee: SWAP_CANCELLATION, deal: zhou-lin, claimant: zhou}",
                    "guarantee: LEAK_WARRANTY, deal: zhou-lin, facts: {leakFoundOn: 2020-02-11,"
                        + " repairCost: 1}}"))
            .getMessage());
    assertEquals(
        "filings[0].guarantee",
        error(swapWith("guarantee: SWAP_CANCELLATION", "guarantee: NO_COLD_CALLS")).field());
  }

  @Test
  void aSecondFilingOfTheSameClaim() throws IOException {
    String yaml =
        swapYaml()
            + "  - {date: 2020-02-11, guarantee: SWAP_CANCELLATION, deal: zhou-lin, claimant: zhou}\n";
    assertEquals("filings[1]", error(yaml).field());
  }

  @Test
  void filesAreReadByExtension(@TempDir Path dir) throws IOException {
    Path txt = dir.resolve("case.txt");
    Files.writeString(txt, swapYaml(), StandardCharsets.UTF_8);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> CaseFile.load(txt));
    assertEquals("case file", e.field());
    Path yml = dir.resolve("case.yml");
    Files.writeString(yml, swapYaml(), StandardCharsets.UTF_8);
    assertEquals(example("swap-cancellation.yaml"), CaseFile.load(yml));
    assertTrue(
        assertThrows(InvalidInputException.class, () -> CaseFile.load(dir.resolve("none.yaml")))
            .getMessage()
            .contains("no such file"));
    Path empty = dir.resolve("empty.yaml");
    Files.writeString(empty, "", StandardCharsets.UTF_8);
    assertEquals(
        "case file: is empty (got '')",
        assertThrows(InvalidInputException.class, () -> CaseFile.load(empty)).getMessage());
  }
}
