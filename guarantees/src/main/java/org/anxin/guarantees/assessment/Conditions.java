package org.anxin.guarantees.assessment;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxin.domain.Money;
import org.anxin.domain.Refusal;
import org.anxin.domain.TitleReport;
import org.anxin.domain.chain.FundingLink;
import org.anxin.domain.deal.Cancellation;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent;
import org.anxin.domain.deal.DealStage;
import org.anxin.domain.deal.DealState;
import org.anxin.domain.deal.Receivable;
import org.anxin.domain.deposit.Fault;
import org.anxin.guarantees.casefile.Fact;
import org.anxin.guarantees.catalog.Condition;
import org.anxin.guarantees.catalog.FilingWindow;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.Term;
import org.anxin.guarantees.catalog.Windows;

/**
 * Each eligibility condition of the catalog, evaluated on a claim's case as of the assessment date.
 * A condition that fails says why, naming the parties, deals, dates and amounts involved. The set
 * of conditions is closed, so a city's catalog may attach any of them to any guarantee.
 */
final class Conditions {

  private Conditions() {}

  /**
   * The condition when it holds; otherwise the refusal saying why not, its field the condition's id
   * (e.g. {@code filed-in-time}).
   */
  static Either<Refusal, Condition> check(Condition condition, ClaimContext x) {
    return failure(condition, x)
        .<Either<Refusal, Condition>>map(why -> Either.left(Refusal.of(condition.id(), why)))
        .orElseGet(() -> Either.right(condition));
  }

  /** Empty when {@code condition} holds; otherwise why it does not. */
  private static Optional<String> failure(Condition condition, ClaimContext x) {
    return switch (condition) {
      case BROKERED_BY_US -> brokeredByUs(x);
      case FILED_IN_TIME -> filedInTime(x);
      case LISTING_OURS, REPORT_VERIFIED, CALL_UNSOLICITED ->
          fail("a case file records deals, not listings or marketing calls");
      case SEIZURE_BEFORE_SIGNING -> seizure(x, false);
      case SEIZURE_AFTER_SIGNING -> seizure(x, true);
      case REFUND_OUTSTANDING -> refundOutstanding(x);
      case FUNDING_SALE_BROKEN -> fundingSaleBroken(x);
      case NOT_AT_FAULT_ON_SALE -> notAtFaultOnSale(x);
      case DEAL_FAILED ->
          x.state().isCancelled()
              ? Optional.empty()
              : fail("deal " + x.deal().id() + " was not cancelled");
      case CUSTOMER_NOT_AT_FAULT ->
          x.claimantAtFault()
              ? fail(
                  x.name(x.claimant())
                      + " was at fault for the cancellation ("
                      + cause(x.state())
                      + ")")
              : Optional.empty();
      case TAX_QUOTED_IN_WRITING ->
          x.facts().flag(Fact.QUOTED_IN_WRITING).orElse(false)
              ? Optional.empty()
              : fail("the taxes were not quoted in writing (facts.quotedInWriting)");
      case TAX_RULES_UNCHANGED ->
          x.facts().flag(Fact.TAX_RULES_CHANGED).orElse(false)
              ? fail("the difference comes from a change of the tax rules")
              : Optional.empty();
      case LOAN_REFUSED ->
          x.state().loanRefusedOn().isPresent()
              ? Optional.empty()
              : fail("no loan was refused on deal " + x.deal().id());
      case ARREARS_BEFORE_HANDOVER -> arrearsBeforeHandover(x);
      case CLAIMED_WITHIN_COVERAGE -> claimedWithinCoverage(x);
      case HUKOU_DEADLINE_MISSED -> hukouDeadlineMissed(x);
      case LEAK_WITHIN_WARRANTY -> leakWithinWarranty(x);
      case UNDISCLOSED_DEATH ->
          x.facts().flag(Fact.DISCLOSED_BEFORE_SIGNING).orElse(false)
              ? fail("the death was disclosed before signing")
              : x.facts().date(Fact.DISCOVERED_ON).isPresent()
                  ? Optional.empty()
                  : fail("the filing states no discovery (facts.discoveredOn)");
      case RADIATION_ABOVE_STANDARD ->
          x.facts().flag(Fact.ABOVE_STANDARD).orElse(false)
              ? Optional.empty()
              : fail("the measurement is not above the national standard");
      case WITHIN_DISCOVERY_WINDOW -> withinDiscoveryWindow(x);
      case PRICE_ABOVE_DEVELOPER_LIST -> priceAboveDeveloperList(x);
      case SUBSCRIPTION_NOT_REFUNDED ->
          overdueToClaimant(x).isEmpty()
              ? fail(
                  "nothing the developer owes "
                      + x.name(x.claimant())
                      + " is overdue as of "
                      + x.asOf())
              : Optional.empty();
      case DEPOSIT_WITHHELD_WITHOUT_CAUSE -> depositWithheldWithoutCause(x);
      case LEAK_DURING_TENANCY -> leakDuringTenancy(x);
      case UNIT_RETURNED_AS_RECEIVED ->
          x.facts().flag(Fact.RETURNED_AS_RECEIVED).orElse(false)
              ? Optional.empty()
              : fail("the home is not returned as it was received");
    };
  }

  private static Optional<String> fail(String why) {
    return Optional.of(why);
  }

  // ---- Every guarantee ------------------------------------------------------------------------

  /** The deal, and for a swap the broken sales that funded it, were brokered by us. */
  private static Optional<String> brokeredByUs(ClaimContext x) {
    List<Deal> deals = new ArrayList<>();
    deals.add(x.deal());
    if (x.guarantee().code() == GuaranteeCode.SWAP_CANCELLATION) {
      x.brokenSales().forEach(s -> deals.add(s.deal()));
    }
    List<String> notOurs =
        deals.stream().filter(d -> !d.brokeredByUs()).map(d -> d.id().value()).toList();
    return notOurs.isEmpty()
        ? Optional.empty()
        : fail(
            String.join(", ", notOurs)
                + (notOurs.size() == 1 ? " was" : " were")
                + " not brokered by us");
  }

  /** The filing is no later than the window's last day; a filing before the trigger counts. */
  private static Optional<String> filedInTime(ClaimContext x) {
    FilingWindow window = x.guarantee().filing();
    Optional<LocalDate> trigger = Triggers.date(window.trigger(), x);
    LocalDate filed = x.filing().date();
    if (trigger.isEmpty() || window.allows(trigger.get(), filed)) {
      return Optional.empty();
    }
    return fail(
        "filed on "
            + filed
            + ", after the filing window closed on "
            + window.closesOn(trigger.get())
            + " ("
            + window.days()
            + " days from "
            + trigger.get()
            + ": "
            + window.trigger().description()
            + ")");
  }

  // ---- Seizures and refunds -------------------------------------------------------------------

  private static Optional<String> seizure(ClaimContext x, boolean afterSigning) {
    Optional<LocalDate> signed = x.reached(DealStage.SIGNED);
    Optional<LocalDate> transferred = x.reached(DealStage.TRANSFERRED);
    for (TitleReport report : x.seizures()) {
      LocalDate on = report.searchedOn();
      boolean beforeSigning = signed.isEmpty() || on.isBefore(signed.get());
      boolean beforeTransfer = transferred.isEmpty() || on.isBefore(transferred.get());
      if (afterSigning ? !beforeSigning && beforeTransfer : beforeSigning) {
        return Optional.empty();
      }
    }
    if (x.seizures().isEmpty()) {
      return fail("no title search of deal " + x.deal().id() + " shows a court seizure");
    }
    return fail(
        "the court seizure on deal "
            + x.deal().id()
            + " was found "
            + (afterSigning ? "before signing or after the transfer" : "after signing")
            + signed.map(d -> " (signed " + d + ")").orElse(""));
  }

  private static Optional<String> refundOutstanding(ClaimContext x) {
    if (!x.state().isCancelled()) {
      return fail("deal " + x.deal().id() + " is not cancelled, so nothing is to be refunded");
    }
    if (x.owedBySellersFen() > 0) {
      return Optional.empty();
    }
    return fail(
        x.names(x.deal().sellers())
            + " owe "
            + x.name(x.claimant())
            + " nothing more: "
            + ClaimContext.yuan(x.dueFromSellersFen())
            + " was refunded in full");
  }

  /** The sellers' debts to the claimant that fell due before the as-of date and are unpaid. */
  static List<Receivable> overdueToClaimant(ClaimContext x) {
    return x.owedToClaimantBySellers().stream().filter(r -> r.due().isBefore(x.asOf())).toList();
  }

  // ---- Swap chains ----------------------------------------------------------------------------

  private static Optional<String> fundingSaleBroken(ClaimContext x) {
    if (!x.brokenSales().isEmpty()) {
      return Optional.empty();
    }
    List<FundingLink> links = x.view().fundingOf(x.deal().id());
    if (links.isEmpty()) {
      return fail("no sale funds deal " + x.deal().id() + " (it has no funding link)");
    }
    List<String> why = new ArrayList<>();
    for (FundingLink link : links) {
      DealState sale = x.view().state(link.fundingSale());
      String id = link.fundingSale().value();
      Optional<LocalDate> resold = sale.resoldOn();
      Optional<LocalDate> signed = x.reached(DealStage.SIGNED);
      if (!sale.isCancelled()) {
        why.add(id + " is not cancelled");
      } else if (CaseView.signedBy(signed, sale.cancellation().orElseThrow().date())) {
        why.add(
            id
                + " broke on "
                + sale.cancellation().orElseThrow().date()
                + ", when deal "
                + x.deal().id()
                + " was already signed (on "
                + signed.orElseThrow()
                + "); only a funding sale that breaks before the purchase is signed breaks it");
      } else if (resold.isPresent() && link.rescuedBy(resold.get())) {
        why.add(
            id
                + "'s home was resold on "
                + resold.get()
                + ", within the resale window ending "
                + link.resaleWindow());
      } else if (!x.asOf().isAfter(link.resaleWindow()) && !x.state().isCancelled()) {
        why.add(id + "'s resale window is open until " + link.resaleWindow());
      } else {
        why.add(id + " broke after deal " + x.deal().id() + " was cancelled");
      }
    }
    return fail(String.join("; ", why));
  }

  private static Optional<String> notAtFaultOnSale(ClaimContext x) {
    if (x.brokenSales().isEmpty()) {
      return fail("no funding sale of deal " + x.deal().id() + " broke");
    }
    List<String> why = new ArrayList<>();
    for (DealState sale : x.brokenSales()) {
      Cancellation c = sale.cancellation().orElseThrow();
      if (!sale.deal().sellers().contains(x.claimant())) {
        why.add(x.name(x.claimant()) + " is not a seller of " + sale.deal().id());
      } else if (c.fault().filter(f -> f == Fault.RECEIVER).isPresent()) {
        why.add(
            x.name(x.claimant())
                + " was at fault on "
                + sale.deal().id()
                + " ("
                + cause(sale)
                + ")");
      }
    }
    return why.isEmpty() ? Optional.empty() : fail(String.join("; ", why));
  }

  private static String cause(DealState state) {
    return state
        .cancellation()
        .map(c -> c.cause().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
        .orElse("not cancelled");
  }

  // ---- Handover -------------------------------------------------------------------------------

  private static Optional<String> arrearsBeforeHandover(ClaimContext x) {
    List<DealEvent.ArrearsClaimed> claims = x.state().arrearsClaims();
    if (claims.isEmpty()) {
      return fail("no arrears were claimed on deal " + x.deal().id());
    }
    Optional<LocalDate> handover = x.reached(DealStage.HANDED_OVER);
    if (handover.isEmpty()) {
      return Optional.empty();
    }
    YearMonth handoverMonth = YearMonth.from(handover.get());
    List<String> after =
        claims.stream()
            .filter(c -> c.arrears().to().isAfter(handoverMonth))
            .map(c -> c.arrears().from() + " … " + c.arrears().to())
            .toList();
    return after.isEmpty()
        ? Optional.empty()
        : fail(
            "arrears for "
                + String.join(", ", after)
                + " run past the handover on "
                + handover.get());
  }

  private static Optional<String> claimedWithinCoverage(ClaimContext x) {
    Optional<LocalDate> handover = x.reached(DealStage.HANDED_OVER);
    if (handover.isEmpty()) {
      return Optional.empty();
    }
    int days = days(x, Term.COVERAGE_DAYS);
    List<String> late =
        x.state().arrearsClaims().stream()
            .filter(c -> !Windows.isWithin(daysBetween(handover.get(), c.date()), days))
            .map(c -> c.date().toString())
            .toList();
    return late.isEmpty()
        ? Optional.empty()
        : fail(
            "arrears claimed on "
                + String.join(", ", late)
                + ", more than "
                + days
                + " days after the handover on "
                + handover.get());
  }

  // ---- After handover -------------------------------------------------------------------------

  private static Optional<String> hukouDeadlineMissed(ClaimContext x) {
    Optional<LocalDate> deadline = x.facts().date(Fact.HUKOU_DEADLINE);
    if (deadline.isEmpty()) {
      return fail("the filing states no hukou deadline (facts.hukouDeadline)");
    }
    return x.asOf().isAfter(deadline.get())
        ? Optional.empty()
        : fail("the hukou deadline " + deadline.get() + " has not passed as of " + x.asOf());
  }

  private static Optional<String> leakWithinWarranty(ClaimContext x) {
    Optional<LocalDate> found = x.facts().date(Fact.LEAK_FOUND_ON);
    Optional<LocalDate> handover = x.reached(DealStage.HANDED_OVER);
    if (found.isEmpty()) {
      return fail("the filing states no leak (facts.leakFoundOn)");
    }
    if (handover.isEmpty()) {
      return fail("deal " + x.deal().id() + " was not handed over");
    }
    int days = days(x, Term.WARRANTY_DAYS);
    long after = daysBetween(handover.get(), found.get());
    return Windows.isWithin(after, days)
        ? Optional.empty()
        : fail(
            "the leak was found on "
                + found.get()
                + ", "
                + after
                + " days after the handover on "
                + handover.get()
                + "; the warranty covers "
                + days
                + " days");
  }

  private static Optional<String> withinDiscoveryWindow(ClaimContext x) {
    Optional<LocalDate> found =
        x.facts().date(Fact.DISCOVERED_ON).or(() -> x.facts().date(Fact.MEASURED_ON));
    Optional<LocalDate> transfer = x.reached(DealStage.TRANSFERRED);
    if (found.isEmpty()) {
      return fail("the filing states no discovery or measurement date");
    }
    if (transfer.isEmpty()) {
      return fail("the title of deal " + x.deal().id() + " was not transferred");
    }
    int days = days(x, Term.DISCOVERY_DAYS);
    long after = daysBetween(transfer.get(), found.get());
    return Windows.isWithin(after, days)
        ? Optional.empty()
        : fail(
            "it came to light on "
                + found.get()
                + ", "
                + after
                + " days after the transfer on "
                + transfer.get()
                + "; the window is "
                + days
                + " days");
  }

  // ---- New homes ------------------------------------------------------------------------------

  private static Optional<String> priceAboveDeveloperList(ClaimContext x) {
    Optional<Money> developer = x.facts().money(Fact.DEVELOPER_PRICE);
    if (developer.isEmpty()) {
      return fail("the filing states no developer's price (facts.developerPrice)");
    }
    Money price = x.deal().price();
    return price.compareTo(developer.get()) > 0
        ? Optional.empty()
        : fail("the price " + price + " is not above the developer's price " + developer.get());
  }

  // ---- Rentals --------------------------------------------------------------------------------

  private static Optional<String> depositWithheldWithoutCause(ClaimContext x) {
    if (x.reached(DealStage.MOVED_OUT).isEmpty()) {
      return fail("the tenant has not moved out of deal " + x.deal().id());
    }
    long kept = x.owedBySellersFen();
    for (DealEvent.SecurityDepositWithheld w : x.state().withholdings()) {
      kept = Math.addExact(kept, w.amount().fen());
    }
    long justified = x.facts().fenOrZero(Fact.JUSTIFIED_DEDUCTIONS);
    return kept > justified
        ? Optional.empty()
        : fail(
            "the landlord keeps "
                + ClaimContext.yuan(kept)
                + ", no more than the deductions the lease justifies ("
                + ClaimContext.yuan(justified)
                + ")");
  }

  private static Optional<String> leakDuringTenancy(ClaimContext x) {
    Optional<LocalDate> found = x.facts().date(Fact.LEAK_FOUND_ON);
    Optional<LocalDate> in = x.reached(DealStage.MOVED_IN);
    if (found.isEmpty()) {
      return fail("the filing states no leak (facts.leakFoundOn)");
    }
    if (x.facts().flag(Fact.TENANT_CAUSED).orElse(false)) {
      return fail("the tenant caused the leak");
    }
    Optional<LocalDate> out = x.reached(DealStage.MOVED_OUT);
    if (in.isEmpty()
        || found.get().isBefore(in.get())
        || (out.isPresent() && found.get().isAfter(out.get()))) {
      return fail(
          "the leak on "
              + found.get()
              + " was not during the tenancy ("
              + in.map(d -> "moved in " + d).orElse("not moved in")
              + out.map(d -> ", moved out " + d).orElse("")
              + ")");
    }
    return Optional.empty();
  }

  // ---- Helpers --------------------------------------------------------------------------------

  /** A day term of the guarantee; 0 when a city's catalog attaches the condition without it. */
  private static int days(ClaimContext x, Term term) {
    return x.guarantee().terms().has(term) ? x.guarantee().terms().days(term) : 0;
  }

  private static long daysBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }
}
