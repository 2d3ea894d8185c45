package org.anxin.guarantees.casefile;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.anxin.domain.Money;

/**
 * The {@link Fact facts} a filing states, each held as the Java type of its {@link Fact.Type}:
 * {@link Money} (not negative), {@link LocalDate}, {@link Long} (not negative) or {@link Boolean}.
 *
 * @param values the facts stated; the ones not stated are absent
 */
public record ClaimFacts(Map<Fact, Object> values) {

  /** No facts. */
  public static final ClaimFacts NONE = new ClaimFacts(Map.of());

  /**
   * @throws IllegalArgumentException when a value does not have its fact's type or is negative
   */
  public ClaimFacts {
    EnumMap<Fact, Object> copy = new EnumMap<>(Fact.class);
    for (Map.Entry<Fact, Object> e : values.entrySet()) {
      Fact fact = Objects.requireNonNull(e.getKey(), "fact");
      Object value = Objects.requireNonNull(e.getValue(), fact.id());
      boolean fits =
          switch (fact.type()) {
            case MONEY -> value instanceof Money m && !m.isNegative();
            case DATE -> value instanceof LocalDate;
            case COUNT -> value instanceof Long n && n >= 0;
            case FLAG -> value instanceof Boolean;
          };
      if (!fits) {
        throw new IllegalArgumentException(
            "fact " + fact.id() + " must be a non-negative " + fact.type() + ": " + value);
      }
      copy.put(fact, value);
    }
    values = Collections.unmodifiableMap(copy);
  }

  /** These facts and {@code fact} set to {@code value}. */
  public ClaimFacts with(Fact fact, Object value) {
    EnumMap<Fact, Object> copy = new EnumMap<>(Fact.class);
    copy.putAll(values);
    copy.put(fact, value);
    return new ClaimFacts(copy);
  }

  public boolean has(Fact fact) {
    return values.containsKey(fact);
  }

  /** A money fact, if stated. */
  public Optional<Money> money(Fact fact) {
    return typed(fact, Fact.Type.MONEY, Money.class);
  }

  /** A money fact in fen, 0 if not stated. */
  public long fenOrZero(Fact fact) {
    return money(fact).map(Money::fen).orElse(0L);
  }

  /** A date fact, if stated. */
  public Optional<LocalDate> date(Fact fact) {
    return typed(fact, Fact.Type.DATE, LocalDate.class);
  }

  /** A count fact, if stated. */
  public Optional<Long> count(Fact fact) {
    return typed(fact, Fact.Type.COUNT, Long.class);
  }

  /** A flag fact, if stated. */
  public Optional<Boolean> flag(Fact fact) {
    return typed(fact, Fact.Type.FLAG, Boolean.class);
  }

  private <T> Optional<T> typed(Fact fact, Fact.Type type, Class<T> javaType) {
    if (fact.type() != type) {
      throw new IllegalArgumentException(fact.id() + " is a " + fact.type() + ", not a " + type);
    }
    return Optional.ofNullable(values.get(fact)).map(javaType::cast);
  }
}
