package org.anxin.domain.deal;

import org.anxin.domain.deal.DealEvent.ArrearsClaimed;
import org.anxin.domain.deal.DealEvent.Cancelled;
import org.anxin.domain.deal.DealEvent.ContractSigned;
import org.anxin.domain.deal.DealEvent.DepositPaid;
import org.anxin.domain.deal.DealEvent.HandedOver;
import org.anxin.domain.deal.DealEvent.IntentMoneyPaid;
import org.anxin.domain.deal.DealEvent.LeaseSigned;
import org.anxin.domain.deal.DealEvent.LoanApproved;
import org.anxin.domain.deal.DealEvent.LoanRefused;
import org.anxin.domain.deal.DealEvent.MovedIn;
import org.anxin.domain.deal.DealEvent.MovedOut;
import org.anxin.domain.deal.DealEvent.RefundPaid;
import org.anxin.domain.deal.DealEvent.RefundPromised;
import org.anxin.domain.deal.DealEvent.Resold;
import org.anxin.domain.deal.DealEvent.SecurityDepositReturned;
import org.anxin.domain.deal.DealEvent.SecurityDepositWithheld;
import org.anxin.domain.deal.DealEvent.SigningPostponed;
import org.anxin.domain.deal.DealEvent.TitleSearched;
import org.anxin.domain.deal.DealEvent.TitleTransferred;

/**
 * The new-home (新房) lifecycle: intent money → subscription (认购) → contract → loan → handover (交房),
 * at which the money held becomes part of the price. A title transfer, fee arrears and a resale are
 * resale events and do not happen here.
 */
final class NewHomeLifecycle extends PurchaseLifecycle implements DealEvent.Visitor<Void> {

  NewHomeLifecycle(DealFields s) {
    super(s);
  }

  @Override
  public Void visit(IntentMoneyPaid e) {
    return intentMoneyPaid(e);
  }

  @Override
  public Void visit(DepositPaid e) {
    return depositPaid(e);
  }

  @Override
  public Void visit(SigningPostponed e) {
    return signingPostponed(e);
  }

  @Override
  public Void visit(TitleSearched e) {
    return titleSearched(e);
  }

  @Override
  public Void visit(ContractSigned e) {
    return contractSigned(e);
  }

  @Override
  public Void visit(LoanApproved e) {
    return loanApproved(e);
  }

  @Override
  public Void visit(LoanRefused e) {
    return loanRefused(e);
  }

  @Override
  public Void visit(TitleTransferred e) {
    throw notIn(e);
  }

  @Override
  public Void visit(HandedOver e) {
    requireStage(
        e,
        "a new home is handed over after the contract",
        DealStage.SIGNED,
        DealStage.LOAN_APPROVED);
    money.applyHoldingsToPrice();
    s.reach(DealStage.HANDED_OVER, e.date());
    return null;
  }

  @Override
  public Void visit(ArrearsClaimed e) {
    throw notIn(e);
  }

  @Override
  public Void visit(LeaseSigned e) {
    throw notIn(e);
  }

  @Override
  public Void visit(MovedIn e) {
    throw notIn(e);
  }

  @Override
  public Void visit(MovedOut e) {
    throw notIn(e);
  }

  @Override
  public Void visit(SecurityDepositReturned e) {
    throw notIn(e);
  }

  @Override
  public Void visit(SecurityDepositWithheld e) {
    throw notIn(e);
  }

  @Override
  public Void visit(Cancelled e) {
    return cancelled(e, CANCELLABLE);
  }

  @Override
  public Void visit(RefundPaid e) {
    return refundPaid(e);
  }

  @Override
  public Void visit(RefundPromised e) {
    return refundPromised(e);
  }

  @Override
  public Void visit(Resold e) {
    throw notIn(e);
  }
}
