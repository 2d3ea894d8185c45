package org.anxin.guarantees.casefile;

import io.vavr.control.Either;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.anxin.domain.Refusal;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent;
import org.anxin.domain.deal.DealState;

/**
 * A deal's events, an unmodifiable list that also keeps what they fold to, so that a case is folded
 * once: when it is checked, and not again when it is assessed as of its last day. Like {@link
 * KeyedList}, it travels as a record's component ({@link CaseDeal#events()}), which cannot have a
 * field of its own beside it.
 */
final class History extends AbstractList<DealEvent> implements RandomAccess {

  /** A fold of these events for one deal. */
  private record Folded(Deal deal, Either<Refusal, DealState> result) {}

  private final List<DealEvent> events;
  // Set once the events are folded; a race only folds them twice, to the same state.
  private volatile Folded folded;

  private History(List<DealEvent> events) {
    this.events = List.copyOf(events);
  }

  /** {@code events}, copied. */
  static History of(List<DealEvent> events) {
    return new History(events);
  }

  /** What the events fold to for {@code deal}: its state, or the first event's refusal. */
  Either<Refusal, DealState> fold(Deal deal) {
    Folded known = folded;
    if (known == null || !known.deal().equals(deal)) {
      known = new Folded(deal, DealState.tryReplay(deal, events));
      folded = known;
    }
    return known.result();
  }

  @Override
  public DealEvent get(int index) {
    return events.get(index);
  }

  @Override
  public int size() {
    return events.size();
  }
}
