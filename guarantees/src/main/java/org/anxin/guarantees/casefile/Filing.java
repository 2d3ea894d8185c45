package org.anxin.guarantees.casefile;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.anxin.domain.DealId;
import org.anxin.domain.PartyId;
import org.anxin.guarantees.catalog.GuaranteeCode;

/**
 * A filing (备案): on {@code date} a customer filed a dispute with customer service, claiming {@code
 * guarantee} on {@code deal}. The filing is a claim condition: it must be made no later than the
 * end of the guarantee's filing window (an earlier one counts).
 *
 * @param date the day of the filing
 * @param guarantee the guarantee claimed
 * @param deal the deal the claim is on (for SWAP_CANCELLATION: the purchase that broke)
 * @param claimant who filed, a buyer (tenant) of the deal; empty when the deal has a single buyer,
 *     who is then the claimant
 * @param facts what the filing states beyond the deal's history (see {@link Fact})
 */
public record Filing(
    LocalDate date,
    GuaranteeCode guarantee,
    DealId deal,
    Optional<PartyId> claimant,
    ClaimFacts facts) {

  public Filing {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(guarantee, "guarantee");
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(claimant, "claimant");
    Objects.requireNonNull(facts, "facts");
  }

  /** A filing by the deal's only buyer, stating no facts. */
  public static Filing of(LocalDate date, GuaranteeCode guarantee, DealId deal) {
    return new Filing(date, guarantee, deal, Optional.empty(), ClaimFacts.NONE);
  }

  /** This filing made by {@code party}. */
  public Filing by(PartyId party) {
    return new Filing(date, guarantee, deal, Optional.of(party), facts);
  }

  /** This filing stating {@code fact}. */
  public Filing with(Fact fact, Object value) {
    return new Filing(date, guarantee, deal, claimant, facts.with(fact, value));
  }
}
