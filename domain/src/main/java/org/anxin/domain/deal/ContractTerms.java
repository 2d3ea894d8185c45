package org.anxin.domain.deal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Money;
import org.anxin.domain.deposit.Fault;

/**
 * The clauses of a deal's contract that change what a cancellation costs.
 *
 * @param loanClause whether a refused loan lets the buyer walk away without penalty (贷款不成 无责解约)
 * @param faultOverrides the fault this contract assigns to a cause, replacing the default table
 *     ({@link CancellationCause#defaultFault}); never for {@code MUTUAL_AGREEMENT}
 * @param handoverHoldback the part of the price kept back until handover to cover arrears
 *     (物业交割保证金); zero when there is none
 */
public record ContractTerms(
    boolean loanClause, Map<CancellationCause, Fault> faultOverrides, Money handoverHoldback) {

  /** No loan clause, the default fault table, no handover holdback. */
  public static final ContractTerms STANDARD = new ContractTerms(false, Map.of(), Money.ZERO);

  public ContractTerms {
    EnumMap<CancellationCause, Fault> copy = new EnumMap<>(CancellationCause.class);
    for (Map.Entry<CancellationCause, Fault> e : faultOverrides.entrySet()) {
      if (e.getKey() == CancellationCause.MUTUAL_AGREEMENT) {
        throw new InvalidInputException(
            "terms.faultOverrides",
            e.getKey(),
            "a mutual cancellation is settled by its agreed amounts, not by a fault");
      }
      copy.put(e.getKey(), Objects.requireNonNull(e.getValue(), "fault"));
    }
    faultOverrides = Collections.unmodifiableMap(copy);
    if (handoverHoldback.isNegative()) {
      throw new InvalidInputException(
          "terms.handoverHoldback", handoverHoldback, "must not be negative");
    }
  }

  /** These terms with or without a loan clause. */
  public ContractTerms withLoanClause(boolean present) {
    return new ContractTerms(present, faultOverrides, handoverHoldback);
  }

  /** These terms, assigning {@code fault} to {@code cause} whatever the default table says. */
  public ContractTerms withFault(CancellationCause cause, Fault fault) {
    EnumMap<CancellationCause, Fault> copy = new EnumMap<>(CancellationCause.class);
    copy.putAll(faultOverrides);
    copy.put(cause, fault);
    return new ContractTerms(loanClause, copy, handoverHoldback);
  }

  /** These terms with a handover holdback of {@code amount}. */
  public ContractTerms withHandoverHoldback(Money amount) {
    return new ContractTerms(loanClause, faultOverrides, amount);
  }

  /**
   * Who is at fault for a cancellation with this cause under this contract; empty for {@code
   * MUTUAL_AGREEMENT}.
   */
  public Optional<Fault> faultFor(CancellationCause cause) {
    Fault override = faultOverrides.get(cause);
    return override != null ? Optional.of(override) : cause.defaultFault(loanClause);
  }
}
