package org.anxin.guarantees.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anxin.domain.PartyId;
import org.anxin.guarantees.catalog.RecoveryTiming;

/**
 * How an advance comes back: from whom and how much each, through whom, and when.
 *
 * @param debts one per party the advance is recovered from; they add up to the advance
 * @param via the parties the debtors recover from first (FEE_ARREARS: Dai from the seller)
 * @param when when the debts fall due, from the catalog's recovery terms
 */
public record Recovery(List<Debt> debts, List<PartyId> via, RecoveryTiming when) {

  public Recovery {
    debts = List.copyOf(debts);
    via = List.copyOf(via);
    Objects.requireNonNull(when, "when");
    if (debts.isEmpty()) {
      throw new IllegalArgumentException("a recovery names at least one debtor");
    }
  }

  /** The parties the advance is recovered from. */
  public List<PartyId> debtors() {
    return debts.stream().map(Debt::debtor).toList();
  }

  /** The total to recover, in fen. */
  public long totalFen() {
    long sum = 0;
    for (Debt d : debts) {
      sum = Math.addExact(sum, d.amountFen());
    }
    return sum;
  }

  /** When everything is due: the latest due date, if every debt's is known. */
  public Optional<LocalDate> due() {
    LocalDate last = null;
    for (Debt d : debts) {
      if (d.due().isEmpty()) {
        return Optional.empty();
      }
      LocalDate due = d.due().get();
      last = last == null || due.isAfter(last) ? due : last;
    }
    return Optional.ofNullable(last);
  }
}
