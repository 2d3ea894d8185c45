package org.anxin.guarantees.casefile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxin.domain.Money;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent;

/**
 * One deal of a case and what happened to it.
 *
 * @param deal what was agreed
 * @param events its dated history, in order
 * @param holdbackStated whether the contract states its handover holdback (even as 0.00); when it
 *     does not, the catalog's {@code holdbackDefault} applies to FEE_ARREARS and the deal's terms
 *     hold 0
 */
public record CaseDeal(Deal deal, List<DealEvent> events, boolean holdbackStated) {

  public CaseDeal {
    Objects.requireNonNull(deal, "deal");
    events = List.copyOf(events);
    if (!holdbackStated && !deal.terms().handoverHoldback().isZero()) {
      throw new IllegalArgumentException(
          "deal " + deal.id() + " has a handover holdback, so it states one");
    }
  }

  /** A deal whose contract says nothing about a handover holdback. */
  public static CaseDeal of(Deal deal, List<DealEvent> events) {
    return new CaseDeal(deal, events, !deal.terms().handoverHoldback().isZero());
  }

  /** The handover holdback the contract states, if it states one. */
  public Optional<Money> statedHoldback() {
    return holdbackStated ? Optional.of(deal.terms().handoverHoldback()) : Optional.empty();
  }
}
