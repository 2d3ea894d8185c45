package org.anxin.domain.deal;

import java.util.Optional;
import org.anxin.domain.deposit.Fault;

/**
 * Why a deal was cancelled, with the default fault of DESIGN.md §4. "Buyer" stands for whoever paid
 * the deposit (a tenant in a rental), "seller" for whoever received it. A contract may override the
 * default per cause ({@link ContractTerms#withFault}), and a cancellation event may name the fault
 * explicitly (e.g. as a court decided).
 */
public enum CancellationCause {
  /** The seller did not accept the offer; only intent money was paid. Nobody at fault. */
  OFFER_DECLINED,
  /**
   * The buyer cannot fund the purchase (down payment, a chain sale that failed). Buyer at fault.
   */
  BUYER_CANNOT_FUND,
  /** The buyer changes their mind. Buyer at fault. */
  BUYER_WITHDRAWS,
  /** The loan was refused: nobody at fault with a loan clause in the contract, else the buyer. */
  LOAN_REFUSED,
  /** A court seized the property before signing: terminated without penalty (the seed's case). */
  SEIZURE_BEFORE_SIGNING,
  /**
   * A court seized the property after signing. Modelled: nobody at fault by default, everything is
   * refunded (what the seller fails to refund is what a funds-safety guarantee advances).
   */
  SEIZURE_AFTER_SIGNING,
  /** The seller withdraws or sells to someone else. Seller at fault: returns double. */
  SELLER_WITHDRAWS,
  /** Both agree to cancel; the amounts each holder returns are in the cancellation event. */
  MUTUAL_AGREEMENT;

  /**
   * The fault this cause implies when the contract says nothing else; empty for {@link
   * #MUTUAL_AGREEMENT}, which is settled by the agreed amounts instead.
   */
  public Optional<Fault> defaultFault(boolean loanClause) {
    return switch (this) {
      case OFFER_DECLINED, SEIZURE_BEFORE_SIGNING, SEIZURE_AFTER_SIGNING ->
          Optional.of(Fault.NOBODY);
      case BUYER_CANNOT_FUND, BUYER_WITHDRAWS -> Optional.of(Fault.PAYER);
      case LOAN_REFUSED -> Optional.of(loanClause ? Fault.NOBODY : Fault.PAYER);
      case SELLER_WITHDRAWS -> Optional.of(Fault.RECEIVER);
      case MUTUAL_AGREEMENT -> Optional.empty();
    };
  }
}
