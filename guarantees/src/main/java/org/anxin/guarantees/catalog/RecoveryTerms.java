package org.anxin.guarantees.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * How an advance is recovered: from whom, through whom, when it falls due, and when what is still
 * outstanding is written off.
 *
 * @param from the party the receivable is on
 * @param via the party the debtor recovers from first, if any (FEE_ARREARS: the buyer repays us
 *     once the buyer has recovered from the seller)
 * @param when when the receivable falls due
 * @param writeOffAfterDays days after the advance was paid after which an unrecovered rest is
 *     written off
 */
public record RecoveryTerms(
    RecoveryParty from, Optional<RecoveryParty> via, RecoveryTiming when, int writeOffAfterDays) {

  public RecoveryTerms {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(via, "via");
    Objects.requireNonNull(when, "when");
    if (writeOffAfterDays < 0) {
      throw new IllegalArgumentException("writeOffAfterDays must not be negative");
    }
  }
}
