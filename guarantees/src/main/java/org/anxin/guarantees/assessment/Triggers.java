package org.anxin.guarantees.assessment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.anxin.domain.TitleReport;
import org.anxin.domain.deal.Cancellation;
import org.anxin.domain.deal.DealEvent;
import org.anxin.domain.deal.DealStage;
import org.anxin.domain.deal.DealState;
import org.anxin.domain.deal.Receivable;
import org.anxin.guarantees.casefile.Fact;
import org.anxin.guarantees.catalog.Trigger;

/**
 * When each trigger of a filing window happened in a claim's case, if it did (as of the assessment
 * date). The window counts from this day; a filing made before it counts too.
 */
final class Triggers {

  private Triggers() {}

  static Optional<LocalDate> date(Trigger trigger, ClaimContext x) {
    DealState s = x.state();
    return switch (trigger) {
      // Listings and calls are not deal events: a case file cannot record them.
      case LISTING_SEEN, CALL_RECEIVED -> Optional.empty();
      case SEIZURE_FOUND -> x.seizures().stream().map(TitleReport::searchedOn).findFirst();
      case FUNDING_SALE_BROKEN ->
          x.brokenSales().stream()
              .map(sale -> sale.cancellation().orElseThrow().date())
              .min(Comparator.naturalOrder());
      case DEAL_CANCELLED -> s.cancellation().map(Cancellation::date);
      case TAXES_PAID -> s.reachedOn(DealStage.TRANSFERRED);
      case LOAN_REFUSED -> s.loanRefusedOn();
      case ARREARS_CLAIMED ->
          s.arrearsClaims().stream().map(DealEvent.ArrearsClaimed::date).findFirst();
      case HUKOU_DEADLINE_MISSED -> x.facts().date(Fact.HUKOU_DEADLINE).map(d -> d.plusDays(1));
      case LEAK_FOUND -> x.facts().date(Fact.LEAK_FOUND_ON);
      case DEATH_DISCOVERED -> x.facts().date(Fact.DISCOVERED_ON);
      case RADIATION_MEASURED -> x.facts().date(Fact.MEASURED_ON);
      case CONTRACT_SIGNED -> s.reachedOn(DealStage.SIGNED);
      case SUBSCRIPTION_REFUND_MISSED ->
          Conditions.overdueToClaimant(x).stream()
              .map(Receivable::due)
              .min(Comparator.naturalOrder())
              .map(d -> d.plusDays(1));
      case DEPOSIT_WITHHELD -> depositWithheld(x);
      case MOVE_IN -> s.reachedOn(DealStage.MOVED_IN);
    };
  }

  /** The first withholding, or the move-out when the landlord simply keeps the deposit. */
  private static Optional<LocalDate> depositWithheld(ClaimContext x) {
    Optional<LocalDate> withheld =
        x.state().withholdings().stream().map(DealEvent.SecurityDepositWithheld::date).findFirst();
    if (withheld.isPresent()) {
      return withheld;
    }
    return x.owedBySellersFen() > 0 ? x.state().reachedOn(DealStage.MOVED_OUT) : Optional.empty();
  }
}
