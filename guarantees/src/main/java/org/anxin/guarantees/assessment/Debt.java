package org.anxin.guarantees.assessment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.anxin.domain.PartyId;

/**
 * Part of an advance to be recovered from one party.
 *
 * @param debtor who owes it back (co-owner B; the buyer Dai)
 * @param amountFen how much, positive
 * @param due when it falls due, if known (B promised 2022-01-31; Dai repays once he has recovered
 *     it from the seller, a date nobody knows yet)
 */
public record Debt(PartyId debtor, long amountFen, Optional<LocalDate> due) {

  public Debt {
    Objects.requireNonNull(debtor, "debtor");
    Objects.requireNonNull(due, "due");
    if (amountFen <= 0) {
      throw new IllegalArgumentException("a debt is positive: " + amountFen);
    }
  }
}
