package org.anxin.domain.deal;

import io.vavr.control.Either;
import java.util.Objects;
import org.anxin.domain.Refusal;
import org.anxin.domain.deal.DealEvent.RefundPaid;
import org.anxin.domain.deal.DealEvent.RefundPromised;
import org.anxin.domain.deal.DealEvent.Resold;

/**
 * One event applied to a deal's state: the checks every deal shares (dates never go back; after a
 * cancellation only refunds and a resale), then the rules of the deal's kind, chosen by the event's
 * type through {@link DealEvent#accept}. The rules change a copy of the state's fields; a failed
 * check throws {@link Reject}, which becomes a {@link Refusal}, and the copy is dropped, so a
 * rejected event leaves no trace.
 *
 * <p>The parts, one job each: {@link ResaleLifecycle}, {@link NewHomeLifecycle} and {@link
 * RentalLifecycle} say which event may happen at which stage of their kind (sharing {@link
 * Lifecycle} and {@link PurchaseLifecycle}); {@link DepositSettlement} applies the deposit law when
 * a deal is cancelled; {@link MoneyBook} books the money (holdings, debts, transfers); {@link
 * DealFields} declares the state's fields.
 */
final class DealFold {

  private DealFold() {}

  /** {@code state} after {@code event}, or why the event cannot happen in that state. */
  static Either<Refusal, DealState> step(DealState state, DealEvent event) {
    Objects.requireNonNull(event, "event");
    DealFields next = state.fields().copy();
    try {
      requireInOrder(next, event);
      event.accept(Lifecycle.of(next));
    } catch (Reject r) {
      return Either.left(
          Refusal.ofEvent(
              state.deal().id(),
              state.eventCount(),
              event.type(),
              event.date(),
              r.field(),
              r.value(),
              r.getMessage()));
    }
    next.eventCount++;
    next.lastDate = event.date();
    return Either.right(new DealState(next));
  }

  private static void requireInOrder(DealFields s, DealEvent event) {
    if (s.lastDate != null && event.date().isBefore(s.lastDate)) {
      throw new Reject("date", event.date(), "is before the previous event's date " + s.lastDate);
    }
    // A list of what may follow, not of what may not: a new event type is refused after a
    // cancellation until it is added here.
    if (s.stage == DealStage.CANCELLED
        && !(event instanceof RefundPaid
            || event instanceof RefundPromised
            || event instanceof Resold)) {
      throw new Reject(
          "type",
          event.type(),
          "the deal was cancelled on "
              + s.cancellation.date()
              + "; only RefundPaid, RefundPromised and Resold may follow");
    }
  }
}
