package org.anxin.guarantees.claim;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.anxin.domain.DealId;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.Refusal;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;

/**
 * A claim under one guarantee, as an immutable value. Each step of its life is a method that
 * returns the next claim, or the {@link Refusal} saying why the step is not possible now ({@code
 * Either.left}, its field the claim's id); an invalid step never changes anything. Dates are
 * parameters and never go backwards.
 *
 * @param id the claim's id
 * @param guarantee the guarantee claimed
 * @param kind what a payment is in the ledger (from the catalog entry)
 * @param deal the deal the claim is attached to (for SWAP_CANCELLATION: the purchase)
 * @param payee who is paid
 * @param filedOn the date of the filing (备案)
 * @param status where the claim is
 * @param lastEventOn the date of the latest step; a later step may not be dated before it
 * @param assessedFen the amount assessed as owed, in fen
 * @param recoverFrom for an advance, the parties it is recovered from; empty for anything else
 * @param rejectionReason why the claim was rejected, once it is
 * @param paidFen what was paid, in fen
 * @param recoveredFen what was recovered of an advance, in fen
 * @param writtenOffFen what was written off of an advance, in fen
 * @param resaleProceedsFen what the resale of a bought-back home brought, in fen
 */
public record Claim(
    ClaimId id,
    GuaranteeCode guarantee,
    PayoutKind kind,
    DealId deal,
    PartyId payee,
    LocalDate filedOn,
    ClaimStatus status,
    LocalDate lastEventOn,
    long assessedFen,
    List<PartyId> recoverFrom,
    Optional<String> rejectionReason,
    long paidFen,
    long recoveredFen,
    long writtenOffFen,
    long resaleProceedsFen) {

  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(guarantee, "guarantee");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(payee, "payee");
    Objects.requireNonNull(filedOn, "filedOn");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(lastEventOn, "lastEventOn");
    recoverFrom = List.copyOf(recoverFrom);
    Objects.requireNonNull(rejectionReason, "rejectionReason");
    if (assessedFen < 0 || paidFen < 0 || recoveredFen < 0 || writtenOffFen < 0) {
      throw new IllegalArgumentException("claim amounts must not be negative: " + id);
    }
    if (resaleProceedsFen < 0 || recoveredFen > paidFen - writtenOffFen) {
      throw new IllegalArgumentException("claim amounts do not add up: " + id);
    }
  }

  /** A new claim, as filed. */
  public static Claim file(
      ClaimId id,
      GuaranteeCode guarantee,
      PayoutKind kind,
      DealId deal,
      PartyId payee,
      LocalDate filedOn) {
    return new Claim(
        id,
        guarantee,
        kind,
        deal,
        payee,
        filedOn,
        ClaimStatus.FILED,
        filedOn,
        0,
        List.of(),
        Optional.empty(),
        0,
        0,
        0,
        0);
  }

  /**
   * Records the amount owed, which may be nothing; an advance names the parties it is recovered
   * from, nothing else does. A claim may be assessed again until it is approved or rejected.
   */
  public Either<Refusal, Claim> assess(LocalDate on, long amountFen, List<PartyId> recoverFrom) {
    List<PartyId> parties = List.copyOf(recoverFrom);
    if (status != ClaimStatus.FILED && status != ClaimStatus.ASSESSED) {
      return refuse("cannot be assessed");
    }
    if (amountFen < 0) {
      return left("an assessed amount cannot be negative: " + amountFen);
    }
    if (kind == PayoutKind.ADVANCE && amountFen > 0 && parties.isEmpty()) {
      return left("an advance must name whom it is recovered from");
    }
    if (kind != PayoutKind.ADVANCE && !parties.isEmpty()) {
      return left("only an advance is recovered; this is a " + kind.id());
    }
    return dated(on)
        .map(
            c ->
                with(
                    ClaimStatus.ASSESSED,
                    on,
                    amountFen,
                    parties,
                    paidFen,
                    recoveredFen,
                    writtenOffFen,
                    resaleProceedsFen));
  }

  /** Approves an assessed claim for payment; a claim assessed at nothing can only be rejected. */
  public Either<Refusal, Claim> approve(LocalDate on) {
    if (status != ClaimStatus.ASSESSED) {
      return refuse("cannot be approved");
    }
    if (assessedFen == 0) {
      return left("nothing is owed, so there is nothing to approve; reject it");
    }
    return dated(on).map(c -> withStatus(ClaimStatus.APPROVED, on));
  }

  /** Rejects a claim that is filed or assessed, with the reason. */
  public Either<Refusal, Claim> reject(LocalDate on, String reason) {
    if (status != ClaimStatus.FILED && status != ClaimStatus.ASSESSED) {
      return refuse("cannot be rejected");
    }
    if (reason == null || reason.isBlank()) {
      return left("a rejection needs a reason");
    }
    return dated(on)
        .map(
            c ->
                new Claim(
                    id,
                    guarantee,
                    kind,
                    deal,
                    payee,
                    filedOn,
                    ClaimStatus.REJECTED,
                    on,
                    assessedFen,
                    recoverFrom,
                    Optional.of(reason.strip()),
                    paidFen,
                    recoveredFen,
                    writtenOffFen,
                    resaleProceedsFen));
  }

  /** Pays the approved amount. */
  public Either<Refusal, Claim> pay(LocalDate on) {
    if (status != ClaimStatus.APPROVED) {
      return refuse("cannot be paid");
    }
    return dated(on)
        .map(
            c ->
                with(
                    ClaimStatus.PAID,
                    on,
                    assessedFen,
                    recoverFrom,
                    assessedFen,
                    recoveredFen,
                    writtenOffFen,
                    resaleProceedsFen));
  }

  /** Records money recovered on a paid advance; recovering all that is outstanding closes it. */
  public Either<Refusal, Claim> recover(LocalDate on, long amountFen) {
    if (kind != PayoutKind.ADVANCE) {
      return left("only an advance is recovered; this is a " + kind.id());
    }
    if (status != ClaimStatus.PAID) {
      return refuse("cannot be recovered");
    }
    if (amountFen <= 0 || amountFen > outstandingFen()) {
      return left(
          "a recovery must be more than 0.00 and at most the "
              + Money.format(outstandingFen())
              + " outstanding: "
              + Money.format(amountFen));
    }
    long recovered = recoveredFen + amountFen;
    ClaimStatus next = recovered == paidFen ? ClaimStatus.RECOVERED : ClaimStatus.PAID;
    return dated(on)
        .map(
            c ->
                with(
                    next,
                    on,
                    assessedFen,
                    recoverFrom,
                    paidFen,
                    recovered,
                    writtenOffFen,
                    resaleProceedsFen));
  }

  /** Writes off what is still outstanding on a paid advance, which closes it. */
  public Either<Refusal, Claim> writeOff(LocalDate on) {
    if (kind != PayoutKind.ADVANCE) {
      return left("only an advance is written off; this is a " + kind.id());
    }
    if (status != ClaimStatus.PAID) {
      return refuse("cannot be written off");
    }
    return dated(on)
        .map(
            c ->
                with(
                    ClaimStatus.WRITTEN_OFF,
                    on,
                    assessedFen,
                    recoverFrom,
                    paidFen,
                    recoveredFen,
                    writtenOffFen + outstandingFen(),
                    resaleProceedsFen));
  }

  /** Records the resale of a bought-back home, which closes the buy-back. */
  public Either<Refusal, Claim> resell(LocalDate on, long proceedsFen) {
    if (kind != PayoutKind.BUYBACK) {
      return left("only a bought-back home is resold; this is a " + kind.id());
    }
    if (status != ClaimStatus.PAID) {
      return refuse("cannot be resold");
    }
    if (proceedsFen < 0) {
      return left("resale proceeds cannot be negative: " + proceedsFen);
    }
    return dated(on)
        .map(
            c ->
                with(
                    ClaimStatus.RESOLD,
                    on,
                    assessedFen,
                    recoverFrom,
                    paidFen,
                    recoveredFen,
                    writtenOffFen,
                    proceedsFen));
  }

  /** What is still to be recovered on an advance: paid − recovered − written off. */
  public long outstandingFen() {
    return kind == PayoutKind.ADVANCE ? paidFen - recoveredFen - writtenOffFen : 0;
  }

  /** Whether nothing more can happen to the claim. */
  public boolean isClosed() {
    return switch (status) {
      case REJECTED, RECOVERED, WRITTEN_OFF, RESOLD -> true;
      case PAID -> kind == PayoutKind.COMPENSATION || kind == PayoutKind.REFUND;
      case FILED, ASSESSED, APPROVED -> false;
    };
  }

  private Either<Refusal, Claim> dated(LocalDate on) {
    Objects.requireNonNull(on, "on");
    if (on.isBefore(lastEventOn)) {
      return left(on + " is before the claim's last step on " + lastEventOn);
    }
    return Either.right(this);
  }

  /** A step the claim's status does not allow, e.g. "a filed advance claim cannot be paid". */
  private Either<Refusal, Claim> refuse(String what) {
    return left("a " + status.name().toLowerCase(Locale.ROOT) + " " + kind.id() + " claim " + what);
  }

  /** A refusal of a step on this claim: the claim's id, then the problem. */
  private Either<Refusal, Claim> left(String problem) {
    return Either.left(Refusal.of(id.value(), problem));
  }

  private Claim withStatus(ClaimStatus next, LocalDate on) {
    return with(
        next,
        on,
        assessedFen,
        recoverFrom,
        paidFen,
        recoveredFen,
        writtenOffFen,
        resaleProceedsFen);
  }

  private Claim with(
      ClaimStatus next,
      LocalDate on,
      long assessed,
      List<PartyId> recoverFromParties,
      long paid,
      long recovered,
      long writtenOff,
      long resaleProceeds) {
    return new Claim(
        id,
        guarantee,
        kind,
        deal,
        payee,
        filedOn,
        next,
        on,
        assessed,
        recoverFromParties,
        rejectionReason,
        paid,
        recovered,
        writtenOff,
        resaleProceeds);
  }
}
