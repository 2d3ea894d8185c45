package org.anxin.guarantees.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The values of a guarantee's payout terms: amounts in fen, windows in days. Which terms are
 * present is decided by the guarantee's {@link GuaranteeCode#terms()}.
 *
 * @param values each term's value: fen for money terms ({@link #NO_CAP} for an uncapped cap), days
 *     for day terms
 */
public record Terms(Map<Term, Long> values) {

  /** The value of a cap written {@code none}: no claim can reach it. */
  public static final long NO_CAP = Long.MAX_VALUE;

  public Terms {
    Objects.requireNonNull(values, "values");
    EnumMap<Term, Long> copy = new EnumMap<>(Term.class);
    for (Map.Entry<Term, Long> entry : values.entrySet()) {
      Term term = Objects.requireNonNull(entry.getKey(), "term");
      long value = Objects.requireNonNull(entry.getValue(), term.id());
      if (value < 0) {
        throw new IllegalArgumentException(term.id() + " must not be negative: " + value);
      }
      if (term.type() == Term.Type.DAYS && value > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(term.id() + " is too many days: " + value);
      }
      copy.put(term, value);
    }
    values = Collections.unmodifiableMap(copy);
  }

  /** Terms with these values (copied). */
  public static Terms of(Map<Term, Long> values) {
    return new Terms(values);
  }

  /** Whether this term is given. */
  public boolean has(Term term) {
    return values.containsKey(term);
  }

  /** The cap in fen; {@link #NO_CAP} when the cap is {@code none}. */
  public long capFen() {
    return fen(Term.CAP);
  }

  /** Whether the cap is a real amount rather than {@code none}. */
  public boolean isCapped() {
    return capFen() != NO_CAP;
  }

  /**
   * A money term in fen.
   *
   * @throws IllegalArgumentException when the term is not a money term or is not given
   */
  public long fen(Term term) {
    if (term.type() == Term.Type.DAYS) {
      throw new IllegalArgumentException(term.id() + " is a number of days, not an amount");
    }
    return require(term);
  }

  /**
   * A day term.
   *
   * @throws IllegalArgumentException when the term is not a day term or is not given
   */
  public int days(Term term) {
    if (term.type() != Term.Type.DAYS) {
      throw new IllegalArgumentException(term.id() + " is an amount, not a number of days");
    }
    return Math.toIntExact(require(term));
  }

  private long require(Term term) {
    Long value = values.get(term);
    if (value == null) {
      throw new IllegalArgumentException("term " + term.id() + " is not given");
    }
    return value;
  }
}
