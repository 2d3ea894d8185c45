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
  static Either<Refusal, Condition> check(Condition c, ClaimContext x) {
    return switch (c) {
      case BROKERED_BY_US -> brokeredByUs(c, x);
      case FILED_IN_TIME -> filedInTime(c, x);
      case LISTING_OURS, REPORT_VERIFIED, CALL_UNSOLICITED ->
          refuse(c, "a case file records deals, not listings or marketing calls");
      case SEIZURE_BEFORE_SIGNING -> seizure(c, x, false);
      case SEIZURE_AFTER_SIGNING -> seizure(c, x, true);
      case REFUND_OUTSTANDING -> refundOutstanding(c, x);
      case FUNDING_SALE_BROKEN -> fundingSaleBroken(c, x);
      case NOT_AT_FAULT_ON_SALE -> notAtFaultOnSale(c, x);
      case DEAL_FAILED ->
          x.state().isCancelled()
              ? holds(c)
              : refuse(c, "deal " + x.deal().id() + " was not cancelled");
      case CUSTOMER_NOT_AT_FAULT ->
          x.claimantAtFault()
              ? refuse(
                  c,
                  x.name(x.claimant())
                      + " was at fault for the cancellation ("
                      + cause(x.state())
                      + ")")
              : holds(c);
      case TAX_QUOTED_IN_WRITING ->
          x.facts().flag(Fact.QUOTED_IN_WRITING).orElse(false)
              ? holds(c)
              : refuse(c, "the taxes were not quoted in writing (facts.quotedInWriting)");
      case TAX_RULES_UNCHANGED ->
          x.facts().flag(Fact.TAX_RULES_CHANGED).orElse(false)
              ? refuse(c, "the difference comes from a change of the tax rules")
              : holds(c);
      case LOAN_REFUSED ->
          x.state().loanRefusedOn().isPresent()
              ? holds(c)
              : refuse(c, "no loan was refused on deal " + x.deal().id());
      case ARREARS_BEFORE_HANDOVER -> arrearsBeforeHandover(c, x);
      case CLAIMED_WITHIN_COVERAGE -> claimedWithinCoverage(c, x);
      case HUKOU_DEADLINE_MISSED -> hukouDeadlineMissed(c, x);
      case LEAK_WITHIN_WARRANTY -> leakWithinWarranty(c, x);
      case UNDISCLOSED_DEATH ->
          x.facts().flag(Fact.DISCLOSED_BEFORE_SIGNING).orElse(false)
              ? refuse(c, "the death was disclosed before signing")
              : x.facts().date(Fact.DISCOVERED_ON).isPresent()
                  ? holds(c)
                  : refuse(c, "the filing states no discovery (facts.discoveredOn)");
      case RADIATION_ABOVE_STANDARD ->
          x.facts().flag(Fact.ABOVE_STANDARD).orElse(false)
              ? holds(c)
              : refuse(c, "the measurement is not above the national standard");
      case WITHIN_DISCOVERY_WINDOW -> withinDiscoveryWindow(c, x);
      case PRICE_ABOVE_DEVELOPER_LIST -> priceAboveDeveloperList(c, x);
      case SUBSCRIPTION_NOT_REFUNDED ->
          overdueToClaimant(x).isEmpty()
              ? refuse(
                  c,
                  "nothing the developer owes "
                      + x.name(x.claimant())
                      + " is overdue as of "
                      + x.asOf())
              : holds(c);
      case DEPOSIT_WITHHELD_WITHOUT_CAUSE -> depositWithheldWithoutCause(c, x);
      case LEAK_DURING_TENANCY -> leakDuringTenancy(c, x);
      case UNIT_RETURNED_AS_RECEIVED ->
          x.facts().flag(Fact.RETURNED_AS_RECEIVED).orElse(false)
              ? holds(c)
              : refuse(c, "the home is not returned as it was received");
    };
  }

  /** The verdict that {@code c} holds. */
  private static Either<Refusal, Condition> holds(Condition c) {
    return Either.right(c);
  }

  /** The verdict that {@code c} does not hold, and why: a refusal whose field is its id. */
  private static Either<Refusal, Condition> refuse(Condition c, String why) {
    return Either.left(Refusal.of(c.id(), why));
  }

  // ---- Every guarantee ------------------------------------------------------------------------

  /** The deal, and for a swap the broken sales that funded it, were brokered by us. */
  private static Either<Refusal, Condition> brokeredByUs(Condition c, ClaimContext x) {
    List<Deal> deals = new ArrayList<>();
    deals.add(x.deal());
    if (x.guarantee().code() == GuaranteeCode.SWAP_CANCELLATION) {
      x.brokenSales().forEach(s -> deals.add(s.deal()));
    }
    List<String> notOurs =
        deals.stream().filter(d -> !d.brokeredByUs()).map(d -> d.id().value()).toList();
    return notOurs.isEmpty()
        ? holds(c)
        : refuse(
            c,
            String.join(", ", notOurs)
                + (notOurs.size() == 1 ? " was" : " were")
                + " not brokered by us");
  }

  /** The filing is no later than the window's last day; a filing before the trigger counts. */
  private static Either<Refusal, Condition> filedInTime(Condition c, ClaimContext x) {
    FilingWindow window = x.guarantee().filing();
    Optional<LocalDate> trigger = Triggers.date(window.trigger(), x);
    LocalDate filed = x.filing().date();
    if (trigger.isEmpty() || window.allows(trigger.get(), filed)) {
      return holds(c);
    }
    return refuse(
        c,
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

  private static Either<Refusal, Condition> seizure(
      Condition c, ClaimContext x, boolean afterSigning) {
    Optional<LocalDate> signed = x.reached(DealStage.SIGNED);
    Optional<LocalDate> transferred = x.reached(DealStage.TRANSFERRED);
    for (TitleReport report : x.seizures()) {
      LocalDate on = report.searchedOn();
      boolean beforeSigning = signed.isEmpty() || on.isBefore(signed.get());
      boolean beforeTransfer = transferred.isEmpty() || on.isBefore(transferred.get());
      if (afterSigning ? !beforeSigning && beforeTransfer : beforeSigning) {
        return holds(c);
      }
    }
    if (x.seizures().isEmpty()) {
      return refuse(c, "no title search of deal " + x.deal().id() + " shows a court seizure");
    }
    return refuse(
        c,
        "the court seizure on deal "
            + x.deal().id()
            + " was found "
            + (afterSigning ? "before signing or after the transfer" : "after signing")
            + signed.map(d -> " (signed " + d + ")").orElse(""));
  }

  private static Either<Refusal, Condition> refundOutstanding(Condition c, ClaimContext x) {
    if (!x.state().isCancelled()) {
      return refuse(c, "deal " + x.deal().id() + " is not cancelled, so nothing is to be refunded");
    }
    if (x.owedBySellersFen() > 0) {
      return holds(c);
    }
    return refuse(
        c,
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

  private static Either<Refusal, Condition> fundingSaleBroken(Condition c, ClaimContext x) {
    if (!x.brokenSales().isEmpty()) {
      return holds(c);
    }
    List<FundingLink> links = x.view().fundingOf(x.deal().id());
    if (links.isEmpty()) {
      return refuse(c, "no sale funds deal " + x.deal().id() + " (it has no funding link)");
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
    return refuse(c, String.join("; ", why));
  }

  private static Either<Refusal, Condition> notAtFaultOnSale(Condition c, ClaimContext x) {
    if (x.brokenSales().isEmpty()) {
      return refuse(c, "no funding sale of deal " + x.deal().id() + " broke");
    }
    List<String> why = new ArrayList<>();
    for (DealState sale : x.brokenSales()) {
      Cancellation cancellation = sale.cancellation().orElseThrow();
      if (!sale.deal().sellers().contains(x.claimant())) {
        why.add(x.name(x.claimant()) + " is not a seller of " + sale.deal().id());
      } else if (cancellation.fault().filter(f -> f == Fault.RECEIVER).isPresent()) {
        why.add(
            x.name(x.claimant())
                + " was at fault on "
                + sale.deal().id()
                + " ("
                + cause(sale)
                + ")");
      }
    }
    return why.isEmpty() ? holds(c) : refuse(c, String.join("; ", why));
  }

  private static String cause(DealState state) {
    return state
        .cancellation()
        .map(c -> c.cause().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
        .orElse("not cancelled");
  }

  // ---- Handover -------------------------------------------------------------------------------

  private static Either<Refusal, Condition> arrearsBeforeHandover(Condition c, ClaimContext x) {
    List<DealEvent.ArrearsClaimed> claims = x.state().arrearsClaims();
    if (claims.isEmpty()) {
      return refuse(c, "no arrears were claimed on deal " + x.deal().id());
    }
    Optional<LocalDate> handover = x.reached(DealStage.HANDED_OVER);
    if (handover.isEmpty()) {
      return holds(c);
    }
    YearMonth handoverMonth = YearMonth.from(handover.get());
    List<String> after =
        claims.stream()
            .filter(claim -> claim.arrears().to().isAfter(handoverMonth))
            .map(claim -> claim.arrears().from() + " … " + claim.arrears().to())
            .toList();
    return after.isEmpty()
        ? holds(c)
        : refuse(
            c,
            "arrears for "
                + String.join(", ", after)
                + " run past the handover on "
                + handover.get());
  }

  private static Either<Refusal, Condition> claimedWithinCoverage(Condition c, ClaimContext x) {
    Optional<LocalDate> handover = x.reached(DealStage.HANDED_OVER);
    if (handover.isEmpty()) {
      return holds(c);
    }
    int days = days(x, Term.COVERAGE_DAYS);
    List<String> late =
        x.state().arrearsClaims().stream()
            .filter(claim -> !Windows.isWithin(daysBetween(handover.get(), claim.date()), days))
            .map(claim -> claim.date().toString())
            .toList();
    return late.isEmpty()
        ? holds(c)
        : refuse(
            c,
            "arrears claimed on "
                + String.join(", ", late)
                + ", more than "
                + days
                + " days after the handover on "
                + handover.get());
  }

  // ---- After handover -------------------------------------------------------------------------

  private static Either<Refusal, Condition> hukouDeadlineMissed(Condition c, ClaimContext x) {
    Optional<LocalDate> deadline = x.facts().date(Fact.HUKOU_DEADLINE);
    if (deadline.isEmpty()) {
      return refuse(c, "the filing states no hukou deadline (facts.hukouDeadline)");
    }
    return x.asOf().isAfter(deadline.get())
        ? holds(c)
        : refuse(c, "the hukou deadline " + deadline.get() + " has not passed as of " + x.asOf());
  }

  private static Either<Refusal, Condition> leakWithinWarranty(Condition c, ClaimContext x) {
    Optional<LocalDate> found = x.facts().date(Fact.LEAK_FOUND_ON);
    Optional<LocalDate> handover = x.reached(DealStage.HANDED_OVER);
    if (found.isEmpty()) {
      return refuse(c, "the filing states no leak (facts.leakFoundOn)");
    }
    if (handover.isEmpty()) {
      return refuse(c, "deal " + x.deal().id() + " was not handed over");
    }
    int days = days(x, Term.WARRANTY_DAYS);
    long after = daysBetween(handover.get(), found.get());
    return Windows.isWithin(after, days)
        ? holds(c)
        : refuse(
            c,
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

  private static Either<Refusal, Condition> withinDiscoveryWindow(Condition c, ClaimContext x) {
    Optional<LocalDate> found =
        x.facts().date(Fact.DISCOVERED_ON).or(() -> x.facts().date(Fact.MEASURED_ON));
    Optional<LocalDate> transfer = x.reached(DealStage.TRANSFERRED);
    if (found.isEmpty()) {
      return refuse(c, "the filing states no discovery or measurement date");
    }
    if (transfer.isEmpty()) {
      return refuse(c, "the title of deal " + x.deal().id() + " was not transferred");
    }
    int days = days(x, Term.DISCOVERY_DAYS);
    long after = daysBetween(transfer.get(), found.get());
    return Windows.isWithin(after, days)
        ? holds(c)
        : refuse(
            c,
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

  private static Either<Refusal, Condition> priceAboveDeveloperList(Condition c, ClaimContext x) {
    Optional<Money> developer = x.facts().money(Fact.DEVELOPER_PRICE);
    if (developer.isEmpty()) {
      return refuse(c, "the filing states no developer's price (facts.developerPrice)");
    }
    Money price = x.deal().price();
    return price.compareTo(developer.get()) > 0
        ? holds(c)
        : refuse(
            c, "the price " + price + " is not above the developer's price " + developer.get());
  }

  // ---- Rentals --------------------------------------------------------------------------------

  private static Either<Refusal, Condition> depositWithheldWithoutCause(
      Condition c, ClaimContext x) {
    if (x.reached(DealStage.MOVED_OUT).isEmpty()) {
      return refuse(c, "the tenant has not moved out of deal " + x.deal().id());
    }
    long kept = x.owedBySellersFen();
    for (DealEvent.SecurityDepositWithheld w : x.state().withholdings()) {
      kept = Math.addExact(kept, w.amount().fen());
    }
    long justified = x.facts().fenOrZero(Fact.JUSTIFIED_DEDUCTIONS);
    return kept > justified
        ? holds(c)
        : refuse(
            c,
            "the landlord keeps "
                + ClaimContext.yuan(kept)
                + ", no more than the deductions the lease justifies ("
                + ClaimContext.yuan(justified)
                + ")");
  }

  private static Either<Refusal, Condition> leakDuringTenancy(Condition c, ClaimContext x) {
    Optional<LocalDate> found = x.facts().date(Fact.LEAK_FOUND_ON);
    Optional<LocalDate> in = x.reached(DealStage.MOVED_IN);
    if (found.isEmpty()) {
      return refuse(c, "the filing states no leak (facts.leakFoundOn)");
    }
    if (x.facts().flag(Fact.TENANT_CAUSED).orElse(false)) {
      return refuse(c, "the tenant caused the leak");
    }
    Optional<LocalDate> out = x.reached(DealStage.MOVED_OUT);
    if (in.isEmpty()
        || found.get().isBefore(in.get())
        || (out.isPresent() && found.get().isAfter(out.get()))) {
      return refuse(
          c,
          "the leak on "
              + found.get()
              + " was not during the tenancy ("
              + in.map(d -> "moved in " + d).orElse("not moved in")
              + out.map(d -> ", moved out " + d).orElse("")
              + ")");
    }
    return holds(c);
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
