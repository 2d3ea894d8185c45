package org.anxin.domain.deal;

import java.util.Set;
import org.anxin.domain.Money;
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
import org.anxin.domain.deal.Transfer.Purpose;
import org.anxin.domain.deposit.DepositKind;

/**
 * The rental (租赁) lifecycle: the lease is signed with a security deposit (押金) → move-in → move-out,
 * after which the landlord owes the deposit back and returns or withholds it. The buyers of the
 * deal are its tenants, the sellers its landlords.
 */
final class RentalLifecycle extends Lifecycle implements DealEvent.Visitor<Void> {

  /** A rental can be cancelled before the lease is signed and until the tenant moves in. */
  private static final Set<DealStage> CANCELLABLE = Set.of(DealStage.OPEN, DealStage.LEASED);

  RentalLifecycle(DealFields s) {
    super(s);
  }

  @Override
  public Void visit(IntentMoneyPaid e) {
    throw notIn(e);
  }

  @Override
  public Void visit(DepositPaid e) {
    throw notIn(e);
  }

  @Override
  public Void visit(SigningPostponed e) {
    throw notIn(e);
  }

  @Override
  public Void visit(TitleSearched e) {
    return titleSearched(e);
  }

  @Override
  public Void visit(ContractSigned e) {
    throw notIn(e);
  }

  @Override
  public Void visit(LoanApproved e) {
    throw notIn(e);
  }

  @Override
  public Void visit(LoanRefused e) {
    throw notIn(e);
  }

  @Override
  public Void visit(TitleTransferred e) {
    throw notIn(e);
  }

  @Override
  public Void visit(HandedOver e) {
    throw notIn(e);
  }

  @Override
  public Void visit(ArrearsClaimed e) {
    throw notIn(e);
  }

  @Override
  public Void visit(LeaseSigned e) {
    requireStage(e, "a lease is signed once", DealStage.OPEN);
    requireBuyer("tenant", e.tenant());
    if (!s.deal.sellers().contains(e.landlord())) {
      throw new Reject(
          "landlord", e.landlord(), "is not a landlord of this deal " + s.deal.sellers());
    }
    if (e.securityDeposit().isNegative()) {
      throw new Reject("securityDeposit", e.securityDeposit(), "must not be negative");
    }
    s.tenant = e.tenant();
    s.landlord = e.landlord();
    money.putDown(
        e.date(),
        e.tenant(),
        e.landlord(),
        DepositKind.SECURITY_DEPOSIT,
        e.securityDeposit(),
        Purpose.SECURITY_DEPOSIT);
    s.reach(DealStage.LEASED, e.date());
    return null;
  }

  @Override
  public Void visit(MovedIn e) {
    requireStage(e, "the tenant moves in after the lease is signed", DealStage.LEASED);
    s.reach(DealStage.MOVED_IN, e.date());
    return null;
  }

  @Override
  public Void visit(MovedOut e) {
    requireStage(e, "the tenant moves out after moving in", DealStage.MOVED_IN);
    money.holdingsFallDue(e.date());
    s.reach(DealStage.MOVED_OUT, e.date());
    return null;
  }

  @Override
  public Void visit(SecurityDepositReturned e) {
    requireSecurityDepositOwed(e, e.amount());
    money.repay(e.date(), s.landlord, s.tenant, e.amount(), Purpose.SECURITY_DEPOSIT_RETURN);
    return null;
  }

  @Override
  public Void visit(SecurityDepositWithheld e) {
    requireSecurityDepositOwed(e, e.amount());
    if (e.reason().isBlank()) {
      throw new Reject("reason", e.reason(), "must say why the landlord keeps the money");
    }
    money.keep(s.landlord, s.tenant, e.amount());
    s.withholdings.add(e);
    return null;
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

  private void requireSecurityDepositOwed(DealEvent e, Money amount) {
    requireStage(e, "the security deposit is settled after move-out", DealStage.MOVED_OUT);
    requirePositive("amount", amount);
    Money owed = money.owed(s.landlord, s.tenant);
    if (amount.compareTo(owed) > 0) {
      throw new Reject(
          "amount", amount, "the landlord " + s.landlord + " holds only " + owed + " of it");
    }
  }
}
