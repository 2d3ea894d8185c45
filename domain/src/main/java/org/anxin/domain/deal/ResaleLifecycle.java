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
 * The resale (二手房) lifecycle: intent money → 转定 → 网签 → loan → 过户 → 交房, fee arrears claimed from
 * signing on, and after a cancellation the refunds and a resale of the property.
 */
final class ResaleLifecycle extends PurchaseLifecycle implements DealEvent.Visitor<Void> {

  ResaleLifecycle(DealFields s) {
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
    requireStage(
        e, "the title is transferred after signing", DealStage.SIGNED, DealStage.LOAN_APPROVED);
    money.applyHoldingsToPrice();
    s.reach(DealStage.TRANSFERRED, e.date());
    return null;
  }

  @Override
  public Void visit(HandedOver e) {
    requireStage(e, "a resale is handed over after the title transfer", DealStage.TRANSFERRED);
    s.reach(DealStage.HANDED_OVER, e.date());
    return null;
  }

  @Override
  public Void visit(ArrearsClaimed e) {
    requireStage(
        e,
        "arrears are claimed once the contract is signed",
        DealStage.SIGNED,
        DealStage.LOAN_APPROVED,
        DealStage.TRANSFERRED,
        DealStage.HANDED_OVER);
    s.arrearsClaims.add(e);
    return null;
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
    requireStage(e, "a resale follows a cancelled sale", DealStage.CANCELLED);
    if (s.resoldOn != null) {
      throw new Reject("type", e.type(), "the property was already resold on " + s.resoldOn);
    }
    s.resoldOn = e.date();
    return null;
  }
}
