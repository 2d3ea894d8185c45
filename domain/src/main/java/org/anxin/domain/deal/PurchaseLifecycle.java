package org.anxin.domain.deal;

import java.util.HashSet;
import java.util.Set;
import org.anxin.domain.PartyId;
import org.anxin.domain.deal.DealEvent.ContractSigned;
import org.anxin.domain.deal.DealEvent.DepositPaid;
import org.anxin.domain.deal.DealEvent.IntentMoneyPaid;
import org.anxin.domain.deal.DealEvent.LoanApproved;
import org.anxin.domain.deal.DealEvent.LoanRefused;
import org.anxin.domain.deal.DealEvent.SigningPostponed;
import org.anxin.domain.deal.Transfer.Purpose;
import org.anxin.domain.deposit.DepositKind;

/**
 * The steps a resale and a new-home purchase share, up to the loan: intent money (意向金), the deposit
 * (转定, or the new home's subscription 认购), a postponed signing, the contract (网签) and the loan
 * decision. They differ after that; see {@link ResaleLifecycle} and {@link NewHomeLifecycle}.
 */
abstract class PurchaseLifecycle extends Lifecycle {

  /** A purchase can be cancelled until it completes (the title transfer or the handover). */
  static final Set<DealStage> CANCELLABLE =
      Set.of(
          DealStage.OPEN,
          DealStage.INTENT,
          DealStage.DEPOSIT_PAID,
          DealStage.SIGNED,
          DealStage.LOAN_APPROVED);

  PurchaseLifecycle(DealFields s) {
    super(s);
  }

  final Void intentMoneyPaid(IntentMoneyPaid e) {
    requireStage(e, "intent money comes before the deposit", DealStage.OPEN, DealStage.INTENT);
    requireBuyer("payer", e.payer());
    requireNotBuyer("holder", e.holder());
    requirePositive("amount", e.amount());
    money.putDown(
        e.date(),
        e.payer(),
        e.holder(),
        DepositKind.INTENT_MONEY,
        e.amount(),
        Purpose.INTENT_MONEY);
    s.reach(DealStage.INTENT, e.date());
    return null;
  }

  final Void depositPaid(DepositPaid e) {
    if (e.kind() != DepositKind.EARNEST && e.kind() != DepositKind.ADVANCE_PAYMENT) {
      throw new Reject("kind", e.kind(), "a deposit is EARNEST (定金) or ADVANCE_PAYMENT (订金)");
    }
    requireStage(e, "the deposit is paid once, before signing", DealStage.OPEN, DealStage.INTENT);
    requireBuyer("payer", e.payer());
    if (e.shares().isEmpty()) {
      throw new Reject("shares", "[]", "must name at least one holder");
    }
    Set<PartyId> seen = new HashSet<>();
    for (int i = 0; i < e.shares().size(); i++) {
      Share share = e.shares().get(i);
      requireNotBuyer("shares[" + i + "].holder", share.holder());
      requirePositive("shares[" + i + "].amount", share.amount());
      if (!seen.add(share.holder())) {
        throw new Reject("shares[" + i + "].holder", share.holder(), "holds two shares");
      }
    }
    if (e.signingDeadline().isBefore(e.date())) {
      throw new Reject("signingDeadline", e.signingDeadline(), "is before the deposit is paid");
    }
    money.depositHandedOver(e.date(), e.payer(), e.kind(), e.shares());
    s.signingDeadline = e.signingDeadline();
    s.reach(DealStage.DEPOSIT_PAID, e.date());
    return null;
  }

  final Void signingPostponed(SigningPostponed e) {
    requireStage(
        e,
        "a signing deadline is set by the deposit and moved before signing",
        DealStage.DEPOSIT_PAID);
    if (!e.newDeadline().isAfter(s.signingDeadline)) {
      throw new Reject(
          "newDeadline",
          e.newDeadline(),
          "must be after the current signing deadline " + s.signingDeadline);
    }
    if (e.newDeadline().isBefore(e.date())) {
      throw new Reject("newDeadline", e.newDeadline(), "is before the postponement itself");
    }
    s.signingDeadline = e.newDeadline();
    return null;
  }

  final Void contractSigned(ContractSigned e) {
    requireStage(
        e,
        "the contract is signed once, before the loan and the transfer",
        DealStage.OPEN,
        DealStage.INTENT,
        DealStage.DEPOSIT_PAID);
    if (s.signingDeadline != null && e.date().isAfter(s.signingDeadline)) {
      throw new Reject(
          "date",
          e.date(),
          "is after the signing deadline "
              + s.signingDeadline
              + "; record a SigningPostponed first");
    }
    s.reach(DealStage.SIGNED, e.date());
    return null;
  }

  final Void loanApproved(LoanApproved e) {
    requireStage(e, "a loan is decided after signing", DealStage.SIGNED);
    s.reach(DealStage.LOAN_APPROVED, e.date());
    return null;
  }

  final Void loanRefused(LoanRefused e) {
    requireStage(e, "a loan is decided after signing", DealStage.SIGNED);
    s.loanRefusedOn = e.date();
    return null;
  }
}
