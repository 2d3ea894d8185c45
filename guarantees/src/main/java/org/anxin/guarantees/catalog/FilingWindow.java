package org.anxin.guarantees.catalog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How long a customer has to file (备案) a claim: {@code days} calendar days counted from the {@code
 * trigger} event, the last day included. A filing made before the trigger, when the risk became
 * known, counts (the swap case is filed two days before the sale breaks).
 *
 * @param trigger the event the window counts from
 * @param days the window's length in calendar days, at least 0
 */
public record FilingWindow(Trigger trigger, int days) {

  public FilingWindow {
    Objects.requireNonNull(trigger, "trigger");
    if (days < 0) {
      throw new IllegalArgumentException("filing window must not be negative: " + days);
    }
  }

  /** The last day a filing counts, for a trigger on {@code triggeredOn}. */
  public LocalDate closesOn(LocalDate triggeredOn) {
    return triggeredOn.plusDays(days);
  }

  /** Whether a filing on {@code filedOn} is in time for a trigger on {@code triggeredOn}. */
  public boolean allows(LocalDate triggeredOn, LocalDate filedOn) {
    return Windows.isFiledInTime(ChronoUnit.DAYS.between(triggeredOn, filedOn), days);
  }
}
