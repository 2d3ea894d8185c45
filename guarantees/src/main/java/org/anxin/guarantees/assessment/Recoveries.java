package org.anxin.guarantees.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxin.domain.PartyId;
import org.anxin.domain.deal.Receivable;
import org.anxin.domain.deposit.DepositLaw;
import org.anxin.guarantees.catalog.RecoveryParty;
import org.anxin.guarantees.catalog.RecoveryTerms;
import org.anxin.guarantees.catalog.RecoveryTiming;

/**
 * Whom an advance is recovered from, by the catalog's recovery terms: the parties named by the
 * terms, each for the share of the advance that matches what it owes the claimant on the deal
 * (co-owner B for the 100,000 he has not refunded), due when it promised to pay when the terms say
 * {@code promised-date}.
 */
final class Recoveries {

  private Recoveries() {}

  static Recovery of(ClaimContext x, RecoveryTerms terms, long advanceFen) {
    List<PartyId> debtors = parties(x, terms.from());
    long[] owed = new long[debtors.size()];
    boolean anyOwed = false;
    for (int i = 0; i < debtors.size(); i++) {
      owed[i] = owedToClaimant(x, debtors.get(i));
      anyOwed |= owed[i] > 0;
    }
    if (!anyOwed) {
      java.util.Arrays.fill(owed, 1);
    }
    long[] shares = DepositLaw.apportion(advanceFen, owed);
    List<Debt> debts = new ArrayList<>();
    for (int i = 0; i < debtors.size(); i++) {
      if (shares[i] > 0) {
        PartyId debtor = debtors.get(i);
        Optional<LocalDate> due =
            terms.when() == RecoveryTiming.PROMISED_DATE
                ? promisedDate(x, debtor)
                : Optional.empty();
        debts.add(new Debt(debtor, shares[i], due));
      }
    }
    List<PartyId> via = terms.via().map(v -> parties(x, v)).orElse(List.of());
    return new Recovery(debts, via, terms.when());
  }

  /** The parties a recovery term names on this deal. */
  private static List<PartyId> parties(ClaimContext x, RecoveryParty party) {
    return switch (party) {
      case SELLER, DEVELOPER, LANDLORD -> x.deal().sellers();
      case BUYER -> List.of(x.claimant());
      case DEFAULTING_OWNER -> {
        // In the deal's order of sellers, not in the order their debts happen to fall due.
        List<PartyId> defaulting =
            x.deal().sellers().stream().filter(s -> owedToClaimant(x, s) > 0).toList();
        yield defaulting.isEmpty() ? x.deal().sellers() : defaulting;
      }
    };
  }

  private static long owedToClaimant(ClaimContext x, PartyId debtor) {
    return x.state().owed(debtor, x.claimant()).fen();
  }

  /** The last day {@code debtor} is to have paid the claimant back, if it owes anything. */
  private static Optional<LocalDate> promisedDate(ClaimContext x, PartyId debtor) {
    return x.owedToClaimantBySellers().stream()
        .filter(r -> r.debtor().equals(debtor))
        .map(Receivable::due)
        .max(LocalDate::compareTo);
  }
}
