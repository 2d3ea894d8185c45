package org.anxin.guarantees.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxin.domain.DealId;
import org.anxin.domain.PartyId;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;

/**
 * What one filed claim is owed: {@link Payable} or {@link Rejected}. Both name the deal, the
 * guarantee, the kind of payment the catalog makes it, the payee (the claimant) and the filing.
 */
public sealed interface Assessment {

  /** The deal the claim is on (for SWAP_CANCELLATION: the purchase). */
  DealId deal();

  GuaranteeCode guarantee();

  /** What a payment is in the ledger: compensation, advance, buy-back or refund. */
  PayoutKind kind();

  /** Who is (or would be) paid: the claimant. */
  PartyId payee();

  /** The day of the filing (备案). */
  LocalDate filedOn();

  /** The amount owed in fen: positive when payable, 0 when rejected. */
  long amountFen();

  /** Why: the payout's computation, or every reason for the rejection. */
  List<Reason> reasons();

  Decision decision();

  /** For a payable advance, how it is recovered; empty otherwise. */
  Optional<Recovery> recovery();

  /**
   * A claim that is owed {@code amountFen}.
   *
   * @param reasons how the amount was computed
   * @param recovery present exactly when {@code kind} is an advance, adding up to the amount
   */
  record Payable(
      DealId deal,
      GuaranteeCode guarantee,
      PayoutKind kind,
      PartyId payee,
      LocalDate filedOn,
      long amountFen,
      List<Reason> reasons,
      Optional<Recovery> recovery)
      implements Assessment {

    public Payable {
      Objects.requireNonNull(deal, "deal");
      Objects.requireNonNull(guarantee, "guarantee");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(payee, "payee");
      Objects.requireNonNull(filedOn, "filedOn");
      reasons = List.copyOf(reasons);
      Objects.requireNonNull(recovery, "recovery");
      if (amountFen <= 0) {
        throw new IllegalArgumentException("a payable amount is positive: " + amountFen);
      }
      if (recovery.isPresent() != (kind == PayoutKind.ADVANCE)) {
        throw new IllegalArgumentException("an advance, and only an advance, has a recovery");
      }
      if (recovery.isPresent() && recovery.get().totalFen() != amountFen) {
        throw new IllegalArgumentException("the debts do not add up to the advance");
      }
    }

    @Override
    public Decision decision() {
      return Decision.PAYABLE;
    }
  }

  /**
   * A claim that is owed nothing.
   *
   * @param reasons every failed condition, or why the formula gives nothing; at least one
   */
  record Rejected(
      DealId deal,
      GuaranteeCode guarantee,
      PayoutKind kind,
      PartyId payee,
      LocalDate filedOn,
      List<Reason> reasons)
      implements Assessment {

    public Rejected {
      Objects.requireNonNull(deal, "deal");
      Objects.requireNonNull(guarantee, "guarantee");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(payee, "payee");
      Objects.requireNonNull(filedOn, "filedOn");
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("a rejection has a reason");
      }
    }

    @Override
    public long amountFen() {
      return 0;
    }

    @Override
    public Decision decision() {
      return Decision.REJECTED;
    }

    @Override
    public Optional<Recovery> recovery() {
      return Optional.empty();
    }
  }
}
