package org.anxin.guarantees.assessment;

import static org.anxin.guarantees.testing.TestCases.caseOf;
import static org.anxin.guarantees.testing.TestCases.date;
import static org.anxin.guarantees.testing.TestCases.deal;
import static org.anxin.guarantees.testing.TestCases.dealId;
import static org.anxin.guarantees.testing.TestCases.example;
import static org.anxin.guarantees.testing.TestCases.newHome;
import static org.anxin.guarantees.testing.TestCases.party;
import static org.anxin.guarantees.testing.TestCases.rental;
import static org.anxin.guarantees.testing.TestCases.resale;
import static org.anxin.guarantees.testing.TestCases.withFilings;
import static org.anxin.guarantees.testing.TestCases.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.anxin.domain.Encumbrance;
import org.anxin.domain.TitleReport;
import org.anxin.domain.deal.CancellationCause;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent;
import org.anxin.domain.deal.Share;
import org.anxin.domain.deposit.DepositKind;
import org.anxin.guarantees.casefile.CaseDeal;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.casefile.Fact;
import org.anxin.guarantees.casefile.Filing;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.Condition;
import org.anxin.guarantees.catalog.FilingWindow;
import org.anxin.guarantees.catalog.Guarantee;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.Trigger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every claimable guarantee's filing window, found from the trigger event in the case: a claim
 * filed on the window's last day is payable, one filed the day after is rejected for that reason
 * alone. The last days are worked out by hand from the events below and the catalog's windows.
 */
class FilingWindowTest {

  private static final Assessor ASSESSOR = Assessor.of(Catalog.builtIn());

  @ParameterizedTest(name = "{0}: triggered {1}, last day {2}")
  @CsvSource({
    "PRE_SIGNING_SEIZURE, 2021-10-12 (seizure found), 2021-11-11",
    "SWAP_CANCELLATION, 2020-02-12 (funding sale broke), 2020-03-13",
    "FUNDS_SAFETY, 2021-04-01 (seizure found), 2021-05-31",
    "COMMISSION_REFUND, 2021-03-10 (cancelled), 2021-06-08",
    "TAX_ESTIMATE, 2021-06-01 (title transferred), 2021-07-01",
    "LOAN_REFUSAL, 2021-04-01 (loan refused), 2021-05-01",
    "FEE_ARREARS, 2021-08-16 (arrears claimed), 2021-09-15",
    "HUKOU_NOT_MOVED, 2021-10-01 (day after the 2021-09-30 deadline), 2021-12-30",
    "LEAK_WARRANTY, 2022-02-16 (leak found), 2022-03-18",
    "STIGMATIZED_HOME, 2022-03-01 (death discovered), 2022-05-30",
    "RADIATION, 2022-06-01 (measured), 2022-08-30",
    "NEW_HOME_PRICE, 2021-03-15 (contract signed), 2021-09-11",
    "NEW_HOME_SUBSCRIPTION, 2021-06-02 (day after the refund fell due), 2021-07-02",
    "RENTAL_DEPOSIT, 2022-01-02 (deposit withheld), 2022-02-01",
    "RENTAL_LEAK, 2021-06-01 (leak found), 2021-06-16",
    "RENTAL_SWITCH, 2021-01-02 (moved in), 2021-01-05",
  })
  void filedOnTheLastDayIsInTimeAndTheDayAfterIsNot(
      GuaranteeCode code, String trigger, LocalDate lastDay) {
    Function<LocalDate, CaseFile> filedOn = scenario(code);
    Assessment inTime = CanonicalCasesTest.only(ASSESSOR.assess(filedOn.apply(lastDay)));
    assertInstanceOf(Assessment.Payable.class, inTime, inTime::toString);
    Assessment late = CanonicalCasesTest.only(ASSESSOR.assess(filedOn.apply(lastDay.plusDays(1))));
    assertInstanceOf(Assessment.Rejected.class, late);
    assertEquals(List.of("filed-in-time"), late.reasons().stream().map(Reason::code).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"LISTING_OURS", "REPORT_VERIFIED", "CALL_UNSOLICITED"})
  void conditionsACaseFileCannotEstablishFailAndTriggersItCannotDateDoNot(Condition condition) {
    // A city attaching a listing condition and a listing trigger to the swap guarantee.
    Guarantee swap = Catalog.builtIn().get(GuaranteeCode.SWAP_CANCELLATION);
    List<Condition> eligibility = new ArrayList<>(swap.eligibility());
    eligibility.add(condition);
    Guarantee odd =
        new Guarantee(
            swap.code(),
            swap.nameZh(),
            swap.nameEn(),
            swap.segments(),
            swap.stage(),
            swap.kind(),
            eligibility,
            new FilingWindow(Trigger.LISTING_SEEN, 0),
            swap.terms(),
            swap.recovery(),
            swap.provenance(),
            swap.source());
    Catalog city = GuaranteeAssessmentTest.replace(Catalog.builtIn(), odd);
    Assessment a =
        CanonicalCasesTest.only(Assessor.of(city).assess(example("swap-cancellation.yaml")));
    assertEquals(List.of(condition.id()), a.reasons().stream().map(Reason::code).toList());
  }

  // ---- One payable scenario per guarantee, filed on a chosen day ------------------------------

  private static Function<LocalDate, CaseFile> scenario(GuaranteeCode code) {
    return switch (code) {
      case PRE_SIGNING_SEIZURE -> day -> refile(example("pre-signing-seizure.yaml"), day);
      case SWAP_CANCELLATION -> day -> refile(example("swap-cancellation.yaml"), day);
      case FEE_ARREARS -> day -> refile(example("fee-arrears.yaml"), day);
      case FUNDS_SAFETY ->
          day ->
              caseOf(
                  deal(
                      resale("home", "buyer", "seller", 2_000_000),
                      deposit("2021-03-01", "seller", 300_000),
                      new DealEvent.ContractSigned(date("2021-03-10")),
                      seizure("2021-04-01"),
                      DealEvent.Cancelled.of(
                          date("2021-04-02"), CancellationCause.SEIZURE_AFTER_SIGNING)),
                  Filing.of(day, code, dealId("home")));
      case COMMISSION_REFUND ->
          day ->
              caseOf(
                  deal(
                      resale("home", "buyer", "seller", 3_000_000),
                      deposit("2021-03-01", "seller", 100_000),
                      DealEvent.Cancelled.of(
                          date("2021-03-10"), CancellationCause.SELLER_WITHDRAWS)),
                  Filing.of(day, code, dealId("home")).with(Fact.COMMISSION, yuan(30_000)));
      case TAX_ESTIMATE ->
          day ->
              caseOf(
                  handedOver(),
                  Filing.of(day, code, dealId("home"))
                      .with(Fact.QUOTED_TAX, yuan(50_000))
                      .with(Fact.ACTUAL_TAX, yuan(80_000))
                      .with(Fact.QUOTED_IN_WRITING, true));
      case LOAN_REFUSAL ->
          day ->
              caseOf(
                  deal(
                      resale("home", "buyer", "seller", 1_000_000),
                      deposit("2021-03-01", "seller", 100_000),
                      new DealEvent.ContractSigned(date("2021-03-10")),
                      new DealEvent.LoanRefused(date("2021-04-01")),
                      DealEvent.Cancelled.of(date("2021-04-03"), CancellationCause.LOAN_REFUSED)),
                  Filing.of(day, code, dealId("home")));
      case HUKOU_NOT_MOVED ->
          day ->
              caseOf(
                  handedOver(),
                  Filing.of(day, code, dealId("home"))
                      .with(Fact.HUKOU_DEADLINE, date("2021-09-30"))
                      .with(Fact.DAMAGES, yuan(20_000)));
      case LEAK_WARRANTY ->
          day ->
              caseOf(
                  handedOver(),
                  Filing.of(day, code, dealId("home"))
                      .with(Fact.LEAK_FOUND_ON, date("2022-02-16"))
                      .with(Fact.REPAIR_COST, yuan(5_000)));
      case STIGMATIZED_HOME ->
          day ->
              caseOf(
                  handedOver(),
                  Filing.of(day, code, dealId("home"))
                      .with(Fact.DISCOVERED_ON, date("2022-03-01")));
      case RADIATION ->
          day ->
              caseOf(
                  handedOver(),
                  Filing.of(day, code, dealId("home"))
                      .with(Fact.MEASURED_ON, date("2022-06-01"))
                      .with(Fact.ABOVE_STANDARD, true));
      case NEW_HOME_PRICE ->
          day ->
              caseOf(
                  deal(
                      newHome("home", "buyer", "seller", 5_000_000),
                      deposit("2021-03-01", "seller", 200_000),
                      new DealEvent.ContractSigned(date("2021-03-15"))),
                  Filing.of(day, code, dealId("home")).with(Fact.DEVELOPER_PRICE, yuan(4_900_000)));
      case NEW_HOME_SUBSCRIPTION ->
          day ->
              caseOf(
                  deal(
                      newHome("home", "buyer", "seller", 5_000_000),
                      new DealEvent.DepositPaid(
                          date("2021-04-01"),
                          DepositKind.ADVANCE_PAYMENT,
                          party("buyer"),
                          List.of(new Share(party("seller"), yuan(100_000))),
                          date("2021-04-30")),
                      DealEvent.Cancelled.of(
                          date("2021-05-01"), CancellationCause.SELLER_WITHDRAWS),
                      new DealEvent.RefundPromised(
                          date("2021-05-02"),
                          party("seller"),
                          party("buyer"),
                          yuan(100_000),
                          date("2021-06-01"))),
                  Filing.of(day, code, dealId("home")));
      case RENTAL_DEPOSIT ->
          day ->
              caseOf(
                  deal(
                      rental("home", "buyer", "seller", 6_000),
                      new DealEvent.LeaseSigned(
                          date("2021-01-01"), party("buyer"), party("seller"), yuan(12_000)),
                      new DealEvent.MovedIn(date("2021-01-02")),
                      new DealEvent.MovedOut(date("2021-12-31")),
                      new DealEvent.SecurityDepositWithheld(
                          date("2022-01-02"), yuan(12_000), "没有理由")),
                  Filing.of(day, code, dealId("home")));
      case RENTAL_LEAK ->
          day ->
              caseOf(
                  tenancy(),
                  Filing.of(day, code, dealId("home"))
                      .with(Fact.LEAK_FOUND_ON, date("2021-06-01"))
                      .with(Fact.UNUSABLE_DAYS, 3L));
      case RENTAL_SWITCH ->
          day ->
              caseOf(
                  tenancy(),
                  Filing.of(day, code, dealId("home"))
                      .with(Fact.RE_LETTING_COST, yuan(2_000))
                      .with(Fact.RETURNED_AS_RECEIVED, true));
      case TRUE_LISTING, NO_COLD_CALLS -> throw new IllegalArgumentException(code.name());
    };
  }

  private static CaseFile refile(CaseFile file, LocalDate day) {
    Filing f = file.filings().get(0);
    return withFilings(file, new Filing(day, f.guarantee(), f.deal(), f.claimant(), f.facts()));
  }

  private static DealEvent deposit(String on, String holder, long yuan) {
    return DealEvent.DepositPaid.earnest(
        date(on), party("buyer"), party(holder), yuan(yuan), date(on).plusDays(20));
  }

  private static DealEvent seizure(String on) {
    return new DealEvent.TitleSearched(
        new TitleReport(
            date(on),
            List.of(party("seller")),
            List.of(new Encumbrance.Seizure("某区人民法院", date(on))),
            List.of()));
  }

  private static CaseDeal handedOver() {
    Deal d = resale("home", "buyer", "seller", 3_000_000);
    return deal(
        d,
        deposit("2021-05-10", "seller", 100_000),
        new DealEvent.ContractSigned(date("2021-05-20")),
        new DealEvent.TitleTransferred(date("2021-06-01")),
        new DealEvent.HandedOver(date("2021-08-20")));
  }

  private static CaseDeal tenancy() {
    return deal(
        rental("home", "buyer", "seller", 6_000),
        new DealEvent.LeaseSigned(
            date("2021-01-01"), party("buyer"), party("seller"), yuan(12_000)),
        new DealEvent.MovedIn(date("2021-01-02")));
  }
}
