package org.anxin.domain.deal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxin.domain.deposit.Fault;

/**
 * How a deal ended when it did not complete.
 *
 * @param date the day it was cancelled
 * @param cause why
 * @param fault who was at fault, from the event, the contract or the default table; empty for a
 *     mutual agreement
 * @param settlement what each holder keeps and returns
 */
public record Cancellation(
    LocalDate date,
    CancellationCause cause,
    Optional<Fault> fault,
    List<SettlementLine> settlement) {

  public Cancellation {
    settlement = List.copyOf(settlement);
  }
}
