package org.anxin.domain.deal;

/**
 * A failed check of the fold: which field of the event is wrong, its value and why. {@link
 * DealFold#step} turns it into a {@link org.anxin.domain.Refusal}. It carries no stack trace
 * because it is an answer, not a bug.
 */
final class Reject extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  @SuppressWarnings("serial") // never serialized: caught in DealFold.step
  private final Object value;

  Reject(String field, Object value, String problem) {
    super(problem, null, false, false);
    this.field = field;
    this.value = value;
  }

  /** The event's field that is wrong; {@code type} when the event as a whole cannot happen. */
  String field() {
    return field;
  }

  /** The offending value. */
  Object value() {
    return value;
  }
}
