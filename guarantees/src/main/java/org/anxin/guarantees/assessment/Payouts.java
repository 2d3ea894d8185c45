package org.anxin.guarantees.assessment;

import static org.anxin.guarantees.assessment.ClaimContext.yuan;

import java.util.ArrayList;
import java.util.List;
import org.anxin.domain.PartyId;
import org.anxin.domain.deal.CancellationCause;
import org.anxin.domain.deal.DealState;
import org.anxin.domain.deal.Transfer;
import org.anxin.domain.deposit.DepositKind;
import org.anxin.guarantees.casefile.Fact;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.payout.PayoutRules;

/**
 * The amount a claim is owed: each guarantee's formula from {@link PayoutRules} (the catalog's caps
 * and defaults filled in; the very entry point the simulator's inner loop computes through), fed by
 * the deal's state as of the assessment date and the filing's facts, with a sentence saying how it
 * was computed.
 */
final class Payouts {

  /** An amount in fen and how it was computed. */
  record Payout(long fen, String explanation) {}

  private Payouts() {}

  static Payout compute(ClaimContext x) {
    PayoutRules r = x.rules();
    GuaranteeCode code = x.guarantee().code();
    String who = x.name(x.claimant());
    return switch (code) {
      case PRE_SIGNING_SEIZURE -> {
        long due = x.dueFromSellersFen();
        long refunded = due - x.owedBySellersFen();
        yield refundShortfall(x, r.preSigningSeizure(due, refunded), due, refunded);
      }
      case SWAP_CANCELLATION -> swapCancellation(x, r);
      case FUNDS_SAFETY -> {
        long due = x.dueFromSellersFen();
        long refunded = due - x.owedBySellersFen();
        long litigation = x.facts().fenOrZero(Fact.LITIGATION_COSTS);
        long litigationCap = r.litigationCapFen();
        yield new Payout(
            r.fundsSafety(due, refunded, litigation),
            refundText(x, due, refunded)
                + " + litigation costs "
                + yuan(litigation)
                + (litigation > litigationCap ? " (at most " + yuan(litigationCap) + ")" : ""));
      }
      case COMMISSION_REFUND -> {
        long commission = x.facts().fenOrZero(Fact.COMMISSION);
        boolean atFault = x.claimantAtFault();
        yield new Payout(
            r.commissionRefund(atFault, commission),
            "commission charged "
                + yuan(commission)
                + (atFault
                    ? "; " + who + " was at fault, so none comes back"
                    : ", refunded in full"));
      }
      case TAX_ESTIMATE -> {
        long quoted = x.facts().fenOrZero(Fact.QUOTED_TAX);
        long actual = x.facts().fenOrZero(Fact.ACTUAL_TAX);
        yield new Payout(
            r.taxEstimate(quoted, actual),
            "taxes paid " + yuan(actual) + " − quoted " + yuan(quoted));
      }
      case LOAN_REFUSAL -> loanRefusal(x, r);
      case FEE_ARREARS -> feeArrears(x, r);
      case HUKOU_NOT_MOVED -> {
        long damages = x.facts().fenOrZero(Fact.DAMAGES);
        long paid = x.facts().fenOrZero(Fact.PAID_BY_SELLER);
        yield new Payout(
            r.hukouNotMoved(damages, paid),
            "contractual damages " + yuan(damages) + " − paid by the seller " + yuan(paid));
      }
      case LEAK_WARRANTY -> {
        long repair = x.facts().fenOrZero(Fact.REPAIR_COST);
        yield new Payout(r.leakWarranty(repair), "repair cost " + yuan(repair));
      }
      case STIGMATIZED_HOME ->
          new Payout(
              r.stigmatizedHome(x.deal().price().fen()),
              "bought back at the price paid, " + x.deal().price());
      case RADIATION ->
          new Payout(
              r.radiation(x.deal().price().fen()),
              "bought back at the price paid, " + x.deal().price());
      case NEW_HOME_PRICE -> {
        long developer = x.facts().fenOrZero(Fact.DEVELOPER_PRICE);
        yield new Payout(
            r.newHomePrice(x.deal().price().fen(), developer),
            "price paid " + x.deal().price() + " − the developer's price " + yuan(developer));
      }
      case NEW_HOME_SUBSCRIPTION -> {
        long due = x.dueFromSellersFen();
        long refunded = due - x.owedBySellersFen();
        yield refundShortfall(x, r.newHomeSubscription(due, refunded), due, refunded);
      }
      case RENTAL_DEPOSIT -> rentalDeposit(x, r);
      case RENTAL_LEAK -> {
        long daily = PayoutRules.dailyRent(x.deal().price().fen());
        long days = x.facts().count(Fact.UNUSABLE_DAYS).orElse(0L);
        yield new Payout(
            r.rentalLeak(daily, days),
            days
                + " unusable days × daily rent "
                + yuan(daily)
                + " (monthly "
                + x.deal().price()
                + " × 12 / 365)");
      }
      case RENTAL_SWITCH -> {
        long cost = x.facts().fenOrZero(Fact.RE_LETTING_COST);
        yield new Payout(r.rentalSwitch(cost), "re-letting cost waived " + yuan(cost));
      }
      case TRUE_LISTING, NO_COLD_CALLS ->
          throw new IllegalStateException(code + " is counted per report; a case cannot claim it");
    };
  }

  /** What the sellers were to return and have not: the seizure and subscription advances. */
  private static Payout refundShortfall(ClaimContext x, long fen, long due, long refunded) {
    return new Payout(fen, refundText(x, due, refunded));
  }

  private static String refundText(ClaimContext x, long due, long refunded) {
    return yuan(due)
        + " to be returned to "
        + x.name(x.claimant())
        + " by "
        + x.names(x.deal().sellers())
        + " − "
        + yuan(refunded)
        + " refunded";
  }

  /**
   * DESIGN.md §4: the legal deposit the intermediary forfeits on the purchase (F) and the net
   * deposit money kept from the broken funding sales, summed (K), as {@code SwapChains.swapLoss}
   * reads them; the loss {@code max(0, F − max(0, K))} and its cap are {@link
   * PayoutRules#swapCancellation}'s, so a penalty paid on a sale (a negative K) counts as nothing
   * kept.
   */
  private static Payout swapCancellation(ClaimContext x, PayoutRules r) {
    PartyId p = x.claimant();
    long forfeited = Math.max(0, -x.state().settlementGain(p).fen());
    long kept = 0;
    List<String> sales = new ArrayList<>();
    for (DealState sale : x.brokenSales()) {
      long gain = sale.settlementGain(p).fen();
      kept = Math.addExact(kept, gain);
      sales.add(yuan(gain) + " on " + sale.deal().id());
    }
    long fen = r.swapCancellation(forfeited, kept);
    String keptText =
        switch (sales.size()) {
          case 0 -> "0.00 kept from broken sales";
          case 1 -> yuan(kept) + " kept from the broken sale " + x.brokenSales().get(0).deal().id();
          default -> yuan(kept) + " kept from the broken sales (" + String.join(" + ", sales) + ")";
        };
    return new Payout(
        fen,
        yuan(forfeited) + " forfeited by " + x.name(p) + " on " + x.deal().id() + " − " + keptText);
  }

  private static Payout loanRefusal(ClaimContext x, PayoutRules r) {
    boolean clause = x.deal().terms().loanClause();
    boolean cancelledForLoan =
        x.state()
            .cancellation()
            .filter(c -> c.cause() == CancellationCause.LOAN_REFUSED)
            .isPresent();
    long forfeited =
        cancelledForLoan ? Math.max(0, -x.state().settlementGain(x.claimant()).fen()) : 0;
    String text =
        clause
            ? "the contract has a loan clause: nobody is at fault and the deposit comes back"
            : cancelledForLoan
                ? x.name(x.claimant())
                    + " forfeited the legal deposit "
                    + yuan(forfeited)
                    + " (at most 20 % of the price "
                    + x.deal().price()
                    + ")"
                : "deal " + x.deal().id() + " was not cancelled for the refused loan";
    return new Payout(r.loanRefusal(clause, forfeited), text);
  }

  private static Payout feeArrears(ClaimContext x, PayoutRules r) {
    long arrears = x.state().arrearsClaimed().fen();
    boolean stated = x.caseDeal().holdbackStated();
    long holdback = stated ? x.deal().terms().handoverHoldback().fen() : r.holdbackDefaultFen();
    long fen = stated ? r.feeArrears(arrears, holdback) : r.feeArrears(arrears);
    return new Payout(
        fen,
        "arrears claimed "
            + yuan(arrears)
            + " − handover holdback "
            + yuan(holdback)
            + (stated ? "" : " (the catalog's default: the contract states none)"));
  }

  private static Payout rentalDeposit(ClaimContext x, PayoutRules r) {
    DealState s = x.state();
    long deposit = s.paid(DepositKind.SECURITY_DEPOSIT).fen();
    long returned = 0;
    for (Transfer t : s.transfers()) {
      if (t.purpose() == Transfer.Purpose.SECURITY_DEPOSIT_RETURN && t.to().equals(x.claimant())) {
        returned = Math.addExact(returned, t.amount().fen());
      }
    }
    long justified = x.facts().fenOrZero(Fact.JUSTIFIED_DEDUCTIONS);
    return new Payout(
        r.rentalDeposit(deposit, returned, justified),
        "security deposit "
            + yuan(deposit)
            + " − returned "
            + yuan(returned)
            + " − justified deductions "
            + yuan(justified));
  }
}
