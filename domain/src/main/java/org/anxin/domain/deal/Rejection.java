package org.anxin.domain.deal;

import java.time.LocalDate;
import org.anxin.domain.DealId;
import org.anxin.domain.InvalidInputException;

/**
 * Why an event could not be applied to a deal: which event (its index in the history, its type and
 * date), which of its fields, the offending value and the problem.
 *
 * @param deal the deal the event was for
 * @param index the event's position in the deal's history, from 0
 * @param eventType e.g. {@code RefundPaid}
 * @param date the event's date
 * @param field the event's field that is wrong, e.g. {@code amount}; {@code type} when the event as
 *     a whole cannot happen now
 * @param value the offending value
 * @param problem what is wrong, in words
 */
public record Rejection(
    DealId deal,
    int index,
    String eventType,
    LocalDate date,
    String field,
    Object value,
    String problem) {

  /** The path of the bad field in a history, e.g. {@code events[3].amount}. */
  public String path() {
    return "events[" + index + "]." + field;
  }

  /** As an exception whose message names the event, the field and the value. */
  public InvalidInputException toException() {
    return new InvalidInputException(
        path(), value, "deal " + deal + ", " + eventType + " on " + date + ": " + problem);
  }

  /** The one-line message, e.g. for a CLI. */
  public String message() {
    return toException().getMessage();
  }
}
