package org.anxin.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a rule refused a step: where the problem is, the offending value and what is wrong. It is the
 * left side of every {@code Either} in Anxin's public API (a deal event that cannot happen, a claim
 * step that is not possible now), and it has the three parts of an {@link InvalidInputException},
 * so a caller can show it, log it or throw it ({@link #toException()}) with the same message.
 *
 * <p>A refused event of a deal's history also says which event it was ({@link #event()}); its
 * {@code field} is then the event's field, and {@link #path()} places it in the history, e.g.
 * {@code events[2].amount}.
 *
 * @param field where the problem is: the path of a field in the input, the field of a refused event
 *     (e.g. {@code amount}; {@code type} when the event as a whole cannot happen now), or what was
 *     refused when no single field is (e.g. a claim's id)
 * @param value the offending value as given; {@code null} when there is none to show
 * @param problem what is wrong, in words
 * @param event the refused event of a deal's history, when the refusal is about one
 */
public record Refusal(String field, Object value, String problem, Optional<Refusal.Event> event) {

  /**
   * Where a refused event stands in a deal's history.
   *
   * @param deal the deal the event was for
   * @param index the event's position in the deal's history, from 0
   * @param type the event's type, e.g. {@code RefundPaid}
   * @param date the event's date
   */
  public record Event(DealId deal, int index, String type, LocalDate date) {

    public Event {
      Objects.requireNonNull(deal, "deal");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(date, "date");
      if (index < 0) {
        throw new IllegalArgumentException("an event's index is not negative: " + index);
      }
    }
  }

  public Refusal {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(event, "event");
  }

  /** A refusal of {@code value} given for {@code field}. */
  public static Refusal of(String field, Object value, String problem) {
    return new Refusal(field, value, problem, Optional.empty());
  }

  /** A refusal with no single offending value, e.g. a step the claim's status does not allow. */
  public static Refusal of(String field, String problem) {
    return of(field, null, problem);
  }

  /**
   * A refused event of a deal's history.
   *
   * @param deal the deal the event was for
   * @param index the event's position in the deal's history, from 0
   * @param eventType the event's type, e.g. {@code RefundPaid}
   * @param date the event's date
   * @param field the event's field that is wrong; {@code type} when the event as a whole cannot
   *     happen now
   * @param value the offending value
   * @param problem what is wrong, in words
   */
  public static Refusal ofEvent(
      DealId deal,
      int index,
      String eventType,
      LocalDate date,
      String field,
      Object value,
      String problem) {
    return new Refusal(field, value, problem, Optional.of(new Event(deal, index, eventType, date)));
  }

  /** Where the problem is: {@code events[3].amount} for an event's field, else {@link #field()}. */
  public String path() {
    return event.map(e -> "events[" + e.index() + "]." + field).orElse(field);
  }

  /**
   * The one-line message: the path, for an event the deal, the event's type and date, then the
   * problem and the offending value, e.g. {@code events[2].amount: deal r, RefundPaid on
   * 2021-03-05: seller owes buyer only 200000.00 (got 200001.00)}.
   */
  public String message() {
    String where =
        event.map(e -> "deal " + e.deal() + ", " + e.type() + " on " + e.date() + ": ").orElse("");
    String got = value == null ? "" : " (got " + InvalidInputException.render(value) + ")";
    return Printable.excerpt(path()) + ": " + Printable.escape(where + problem) + got;
  }

  /** As an exception with the same message, whose field is {@link #path()}. */
  public InvalidInputException toException() {
    return new InvalidInputException(this);
  }
}
