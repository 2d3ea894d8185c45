package org.anxin.guarantees.claim;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.anxin.domain.DealId;
import org.anxin.domain.PartyId;
import org.anxin.domain.Refusal;
import org.anxin.guarantees.catalog.Guarantee;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;

/**
 * The book of claims and what they cost: compensations, advances and their recoveries and
 * write-offs, buy-backs and their resales, commission refunds. Every step goes through {@link
 * Claim}'s rules; a refused step returns its {@link Refusal} and leaves the ledger as it was, so
 * the totals always balance ({@link LedgerTotals#balances()}).
 *
 * <p>Not thread-safe: a ledger is one book kept by one writer.
 */
public final class LiabilityLedger {

  private final Map<ClaimId, Claim> claims = new LinkedHashMap<>();
  private final Map<GuaranteeCode, LedgerTotals> byGuarantee = new EnumMap<>(GuaranteeCode.class);
  private LedgerTotals totals = LedgerTotals.ZERO;

  /** Files a claim under a catalog guarantee; its kind comes from the catalog entry. */
  public Either<Refusal, Claim> file(
      ClaimId id, Guarantee guarantee, DealId deal, PartyId payee, LocalDate filedOn) {
    return file(id, guarantee.code(), guarantee.kind(), deal, payee, filedOn);
  }

  /** Files a claim; refused when the id is already in the ledger. */
  public Either<Refusal, Claim> file(
      ClaimId id,
      GuaranteeCode guarantee,
      PayoutKind kind,
      DealId deal,
      PartyId payee,
      LocalDate filedOn) {
    if (claims.containsKey(id)) {
      return Either.left(Refusal.of(id.value(), "a claim with this id is already filed"));
    }
    Claim claim = Claim.file(id, guarantee, kind, deal, payee, filedOn);
    claims.put(id, claim);
    return Either.right(claim);
  }

  /** See {@link Claim#assess}. */
  public Either<Refusal, Claim> assess(
      ClaimId id, LocalDate on, long amountFen, List<PartyId> recoverFrom) {
    return step(id, c -> c.assess(on, amountFen, recoverFrom));
  }

  /** See {@link Claim#approve}. */
  public Either<Refusal, Claim> approve(ClaimId id, LocalDate on) {
    return step(id, c -> c.approve(on));
  }

  /** See {@link Claim#reject}. */
  public Either<Refusal, Claim> reject(ClaimId id, LocalDate on, String reason) {
    return step(id, c -> c.reject(on, reason));
  }

  /** See {@link Claim#pay}. */
  public Either<Refusal, Claim> pay(ClaimId id, LocalDate on) {
    return step(id, c -> c.pay(on));
  }

  /** See {@link Claim#recover}. */
  public Either<Refusal, Claim> recover(ClaimId id, LocalDate on, long amountFen) {
    return step(id, c -> c.recover(on, amountFen));
  }

  /** See {@link Claim#writeOff}. */
  public Either<Refusal, Claim> writeOff(ClaimId id, LocalDate on) {
    return step(id, c -> c.writeOff(on));
  }

  /** See {@link Claim#resell}. */
  public Either<Refusal, Claim> resell(ClaimId id, LocalDate on, long proceedsFen) {
    return step(id, c -> c.resell(on, proceedsFen));
  }

  /** The claim with this id, if filed. */
  public Optional<Claim> claim(ClaimId id) {
    return Optional.ofNullable(claims.get(id));
  }

  /** All claims in the order they were filed. */
  public List<Claim> claims() {
    return List.copyOf(claims.values());
  }

  /** The totals of the whole ledger. */
  public LedgerTotals totals() {
    return totals;
  }

  /** The totals of one guarantee's claims. */
  public LedgerTotals totals(GuaranteeCode guarantee) {
    return byGuarantee.getOrDefault(guarantee, LedgerTotals.ZERO);
  }

  private Either<Refusal, Claim> step(ClaimId id, Function<Claim, Either<Refusal, Claim>> rule) {
    Claim before = claims.get(id);
    if (before == null) {
      return Either.left(Refusal.of(id.value(), "no such claim"));
    }
    Either<Refusal, Claim> result = rule.apply(before);
    result.forEach(after -> record(before, after));
    return result;
  }

  /** Books the difference a step made, so the totals stay the sum over the claims. */
  private void record(Claim before, Claim after) {
    LedgerTotals change = LedgerTotals.of(after).minus(LedgerTotals.of(before));
    claims.put(after.id(), after);
    totals = totals.plus(change);
    byGuarantee.merge(after.guarantee(), change, LedgerTotals::plus);
  }
}
