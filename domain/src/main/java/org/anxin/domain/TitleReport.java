package org.anxin.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The result of a title search (产调) on a given day: who owns the property, what encumbers it and
 * which fees are known to be unpaid.
 *
 * @param searchedOn the day of the search
 * @param owners the registered owners (co-owners each appear once)
 * @param encumbrances seizures, mortgages, leases, residence rights; empty when clean
 * @param feeArrears unpaid fees known at the search
 */
public record TitleReport(
    LocalDate searchedOn,
    List<PartyId> owners,
    List<Encumbrance> encumbrances,
    List<FeeArrears> feeArrears) {

  public TitleReport {
    Objects.requireNonNull(searchedOn, "searchedOn");
    owners = List.copyOf(owners);
    encumbrances = List.copyOf(encumbrances);
    feeArrears = List.copyOf(feeArrears);
  }

  /** A report with no encumbrance and no arrears. */
  public static TitleReport clean(LocalDate searchedOn, List<PartyId> owners) {
    return new TitleReport(searchedOn, owners, List.of(), List.of());
  }

  /** Whether a court has seized the property (查封): it cannot be transferred. */
  public boolean isSeized() {
    return encumbrances.stream().anyMatch(Encumbrance.Seizure.class::isInstance);
  }

  /** The encumbrances of one kind, e.g. {@code encumbrancesOf(Encumbrance.Mortgage.class)}. */
  public <T extends Encumbrance> List<T> encumbrancesOf(Class<T> kind) {
    return encumbrances.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** The sum of all fee arrears in the report. */
  public Money totalArrears() {
    Money sum = Money.ZERO;
    for (FeeArrears a : feeArrears) {
      sum = sum.plus(a.total());
    }
    return sum;
  }
}
