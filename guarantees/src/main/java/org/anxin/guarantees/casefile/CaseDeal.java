package org.anxin.guarantees.casefile;

import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxin.domain.Money;
import org.anxin.domain.Refusal;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent;
import org.anxin.domain.deal.DealState;

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
    events = History.of(events);
    if (!holdbackStated && !deal.terms().handoverHoldback().isZero()) {
      throw new IllegalArgumentException(
          "deal " + deal.id() + " has a handover holdback, so it states one");
    }
  }

  /** A deal whose contract says nothing about a handover holdback. */
  public static CaseDeal of(Deal deal, List<DealEvent> events) {
    return new CaseDeal(deal, events, !deal.terms().handoverHoldback().isZero());
  }

  /**
   * The deal's state after all its events, folded once however often it is asked for.
   *
   * @throws org.anxin.domain.InvalidInputException at the first event that cannot happen, as {@link
   *     DealState#replay} says it (a case file refuses such a deal when it is read)
   */
  public DealState state() {
    Either<Refusal, DealState> folded = fold();
    return folded.isRight() ? folded.get() : DealState.replay(deal, events);
  }

  /** The deal's state after all its events, or the first event's refusal. */
  Either<Refusal, DealState> fold() {
    return ((History) events).fold(deal);
  }

  /** The handover holdback the contract states, if it states one. */
  public Optional<Money> statedHoldback() {
    return holdbackStated ? Optional.of(deal.terms().handoverHoldback()) : Optional.empty();
  }
}
